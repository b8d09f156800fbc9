"""Set BJ documents, part C: Wvggz, hospital and care correspondence, meetings, public texts, scans, forms."""
from __future__ import annotations

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm

from framework import (DOCS, WORK, Doc, docx_build, hide, html_build, make_bsn, make_iban, merge, rl_build,
                       scan_pdf)

ALL = []


def reg(fn):
    ALL.append(fn)
    return fn


def foot(d, font, text, size=7.5, x=2.2):
    def f(c, n):
        c.setFont(font, size)
        c.drawString(x * cm, 1.1 * cm, d.t(text))
        c.drawRightString(19 * cm, 1.1 * cm, d.t(f"{n}"))
    return f


# ------------------------------------------------------------------------------------------------
@reg
def doc_wvggz_crisismaatregel():
    d = Doc("wvggz_crisismaatregel", "Wvggz crisis measure by the mayor of Amsterdam", "reportlab Times, 2 pages")
    bsn = make_bsn(404)

    def first(c, n):
        c.setFont("Times-Bold", 12)
        c.drawCentredString(10.5 * cm, 28.0 * cm, d.t("Gemeente Amsterdam"))
        c.setFont("Times-Roman", 9)
        c.drawCentredString(10.5 * cm, 27.55 * cm, d.t("De burgemeester"))

    flow = [
        ("sp", 10),
        ("h", "Beschikking crisismaatregel (artikel 7:1 Wet verplichte ggz)", 13),
        ("p", "De burgemeester van Amsterdam,"),
        ("p", "gelet op de medische verklaring van 7 oktober 2025, opgesteld door psychiater "
              "dr. {{PERSON|S.A. Benali|Samira Benali}} van {{+ORG|GGZ inGeest}}, die betrokkene niet eerder behandelde;"),
        ("kv", [("Betrokkene", "{{PERSON|Jeroen Willem Duinkerken}}"),
                ("Geboren", "{{DOB|23 januari 1994}} te Hoorn"),
                ("BSN", f"{{{{BSN|{bsn}}}}}"),
                ("Verblijfadres", "{{ADDRESS|Van Woustraat 203-III, 1074 AL Amsterdam}}"),
                ("Zaaknummer", "{{ID|WVGGZ-CM-2025-1844|zaaknummer Duinkerken}}")], 3.6),
        ("p", "overwegende dat uit de medische verklaring blijkt dat bij betrokkene sprake is van "
              "een acute {{HEALTH|psychose|psychose Duinkerken}} met {{HEALTH|paranoïde wanen|psychose Duinkerken}}, versterkt door "
              "dagelijks {{HEALTH|cannabisgebruik|cannabisgebruik Duinkerken}};"),
        ("p", "overwegende dat het gedrag van betrokkene leidt tot een onmiddellijk dreigend ernstig nadeel: betrokkene heeft op "
              "6 oktober zijn bovenburen, de familie {{PERSON|Ter Weele|familie Ter Weele}}, met een mes bedreigd en "
              "is eerder {{CRIMINAL|veroordeeld voor bedreiging|veroordeling Duinkerken}};"),
        ("p", "overwegende dat de burgemeester betrokkene op 7 oktober om 14.20 uur heeft gehoord via "
              "een daartoe aangewezen functionaris, mevrouw {{PERSON|K. Offermans|Kim Offermans}}, en dat de "
              "{{+ROLE|officier van justitie}} is ingelicht;"),
        ("pb",),
        ("h", "Besluit", 12),
        ("p", "1. Aan betrokkene wordt een crisismaatregel opgelegd. De maatregel bestaat uit opname in een accommodatie "
              "({{+ORG|GGZ inGeest}}, locatie {{+ADDR_CO|Amstelveenseweg 589}}), het toedienen van medicatie en het "
              "beperken van bewegingsvrijheid."),
        ("p", "2. De maatregel geldt tot en met de derde dag na dagtekening."),
        ("p", "3. Een afschrift wordt verstrekt aan betrokkene, diens advocaat mr. {{PERSON|F. Kiliç|Fatih Kiliç}}, de "
              "{{+ROLE|officier van justitie}}, de geneesheer-directeur en de {{+ORG|Patiëntenvertrouwenspersoon}}."),
        ("sp", 4),
        ("p", "Amsterdam, 7 oktober 2025"),
        ("p", "De burgemeester van Amsterdam,"),
        ("sp", 8),
        ("p", "{{+OFFICIAL|Femke Halsema}}"),
        ("sp", 6),
        ("sm", "Rechtsmiddel: betrokkene kan de rechter verzoeken de maatregel te beëindigen ({{+LAW|artikel 7:9 Wvggz}}). "
               "Contact: {{+ORG|Crisisdienst Amsterdam}}, {{+PHONE_GEN|020 523 5400}}. Secretariaat: {{+EMAIL_FUNC|wvggz@amsterdam.nl}}."),
    ]
    out = DOCS / (d.name + ".pdf")
    rl_build(d, out, flow, font="Times-Roman", size=11, first_header=first,
             footer=foot(d, "Times-Roman", "Crisismaatregel Wvggz - afschrift"))
    return d


# ------------------------------------------------------------------------------------------------
@reg
def doc_ziekenhuis_ontslagbrief():
    d = Doc("ziekenhuis_ontslagbrief", "hospital discharge letter (part of a complaint file), medication table", "LibreOffice from .docx, 2 pages")
    blocks = [
        ("p", "{{+ORG|Jeroen Bosch Ziekenhuis}} - Afdeling Cardiologie\n{{+ADDR_CO|Henri Dunantstraat 1}}, 5223 GZ 's-Hertogenbosch"),
        ("p", "Aan: huisartsenpraktijk {{TRADE|Huisartsenpraktijk Van Gerwen|praktijknaam huisarts Van Gerwen}}, t.a.v. "
              "{{PERSON|L. van Gerwen|Lucas van Gerwen}}, huisarts"),
        ("kv", [("Betreft", "mevrouw {{PERSON|W.J.M. Sanders-van Kessel|Wilhelmina Sanders-van Kessel}}"),
                ("Geboortedatum", "{{DOB|08-08-1949}}"),
                ("Adres", "{{ADDRESS|Orthenseweg 119, 5212 XB 's-Hertogenbosch}}"),
                ("Patiëntnummer", "{{ID|3318207|patiëntnummer Sanders-van Kessel}}"),
                ("Opname", "2 t/m 9 januari 2025")], [4.0, 12.0]),
        ("p", "Geachte collega {{PERSON|Van Gerwen|Lucas van Gerwen}},"),
        ("p", "Uw patiënte werd opgenomen met een {{HEALTH|NSTEMI|hartinfarct Sanders-van Kessel}} ({{HEALTH|hartinfarct|hartinfarct Sanders-van Kessel}}). "
              "Op 3 januari is een PCI verricht met plaatsing van twee stents in de RCX. Het beloop werd gecompliceerd door "
              "{{HEALTH|atriumfibrilleren|atriumfibrilleren Sanders-van Kessel}}. Voorgeschiedenis: "
              "{{HEALTH|diabetes mellitus type 2|diabetes Sanders-van Kessel}}, {{HEALTH|depressie|depressie Sanders-van Kessel}} (2019)."),
        ("b", "Medicatie bij ontslag"),
        ("tbl", [["Middel", "Dosering", "Opmerking"],
                 ["{{HEALTH|apixaban|medicatie Sanders-van Kessel}}", "2 dd 5 mg", "nieuw"],
                 ["{{HEALTH|clopidogrel|medicatie Sanders-van Kessel}}", "1 dd 75 mg", "12 maanden"],
                 ["{{HEALTH|metoprolol|medicatie Sanders-van Kessel}}", "1 dd 50 mg", "nieuw"],
                 ["{{HEALTH|metformine|medicatie Sanders-van Kessel}}", "2 dd 500 mg", "ongewijzigd"],
                 ["{{HEALTH|sertraline|medicatie Sanders-van Kessel}}", "1 dd 50 mg", "ongewijzigd"]], [5.0, 4.0, 7.0]),
        ("pb",),
        ("b", "Beleid"),
        ("p", "Poliklinische controle bij de verpleegkundig specialist {{PERSON|Marloes Verhagen}} over zes weken. Hartrevalidatie "
              "via {{+ORG|Libra Revalidatie & Audiologie}}. Bij pijn op de borst direct 112 bellen. In verband met het gebruik "
              "van {{HEALTH|Eliquis|medicatie Sanders-van Kessel}} geen NSAID's."),
        ("p", "Met collegiale groet,\n\ndr. {{PERSON|T.H. de Laat|Thomas de Laat}}, cardioloog (BIG {{ID|19055281201|BIG-nummer De Laat}})\n"
              "{{PERSON|R. Öztürk|Rabia Öztürk}}, arts-assistent cardiologie"),
        ("p", "Kopie: patiënte; {{+ORG|Libra Revalidatie & Audiologie}}"),
        ("p", "De informatie in deze brief valt onder het medisch beroepsgeheim (artikel 7:457 {{+LAW|Burgerlijk Wetboek}}, "
              "{{+LAW|Wgbo}}). Het {{+ORG|Jeroen Bosch Ziekenhuis}} is bereikbaar via {{+PHONE_GEN|073 553 2000}}."),
    ]
    out = DOCS / (d.name + ".pdf")
    docx_build(d, out, blocks, font="Cambria", size=10.5, header="Ontslagbrief - vertrouwelijk medisch",
               footer="{{+ORG|Jeroen Bosch Ziekenhuis}} | {{+URL|www.jbz.nl}}", author="cardiologie-secretariaat")
    return d


# ------------------------------------------------------------------------------------------------
@reg
def doc_klacht_dochter_scan():
    d = Doc("klacht_dochter_scan", "scanned complaint letter from a daughter to a care home", "reportlab DejaVuSerif -> raster scan")
    ch = "scan"
    flow = [
        ("p", "{{PERSON|Yvonne Dekkers}}<br/>{{ADDRESS|Meidoornstraat 14|Meidoornstraat 14, 6663 AP Lent}}<br/>"
              "{{ADDRESS|6663 AP|Meidoornstraat 14, 6663 AP Lent}} Lent<br/>tel. {{PHONE|06 2987 4411}}<br/>"
              "{{EMAIL|yvonne.dekkers64@gmail.com}}"),
        ("sp", 8),
        ("p", "Aan de klachtenfunctionaris van<br/>Zorgcentrum De Zonnewende<br/>Nijmegen"),
        ("sp", 6),
        ("p", "Lent, 19 maart 2025"),
        ("p", "Betreft: klacht over de zorg voor mijn moeder, mevrouw {{PERSON|Dina Dekkers-Peters}}, kamer 2.14"),
        ("p", "Geachte heer, mevrouw,"),
        ("p", "Mijn moeder woont sinds vorig jaar op de afdeling voor mensen met {{HEALTH|dementie|dementie Dina Dekkers-Peters}}. "
              "Op 11 maart heb ik haar aangetroffen met een blauwe plek op haar arm en een natte incontinentiebroek. De "
              "verzorgende, {{PERSON|Sharon|Sharon (verzorgende)}}, zei dat er die ochtend maar twee mensen op de afdeling "
              "waren. Mijn moeder krijgt ook al drie weken haar {{HEALTH|insuline|insuline Dina Dekkers-Peters}} te laat."),
        ("p", "Ik vraag u om een gesprek met de teamleider, de heer {{PERSON|Van Raaij|teamleider Van Raaij}}, en mij."),
        ("p", "Met vriendelijke groet,"),
        ("sp", 10),
        ("p", "{{PERSON|Y. Dekkers|Yvonne Dekkers}}"),
    ]
    src = WORK / (d.name + "-src.pdf")
    WORK.mkdir(parents=True, exist_ok=True)
    rl_build(d, src, flow, font="DejaVuSerif", size=11.5, channel=ch, margins=(2.5, 2.5, 2.5, 2.0))
    out = DOCS / (d.name + ".pdf")
    scan_pdf(src, out, angle=-0.9, seed=9, noise=12)
    return d


# ------------------------------------------------------------------------------------------------
@reg
def doc_klachtencommissie_verslag():
    d = Doc("klachtencommissie_verslag", "minutes of a complaints committee hearing, attendees with initials", "reportlab DejaVuCond")
    flow = [
        ("h", "Verslag hoorzitting Klachtencommissie Cliënten", 13),
        ("kv", [("Datum", "23 april 2025, 14.00 - 15.30 uur"),
                ("Zaak", "klacht mevrouw {{PERSON|Y. Dekkers|Yvonne Dekkers}} over zorg aan haar moeder (KC-2025-07)"),
                ("Aanwezig", "mr. {{PERSON|J.A. Kroon|Johanna Kroon}} (voorzitter, {{PERSON|JK|Johanna Kroon}}), {{PERSON|A. Brink-Oudshoorn|Anneke Brink-Oudshoorn}} "
                             "(lid, {{PERSON|AB|Anneke Brink-Oudshoorn}}), {{PERSON|P. Sluijter|Paul Sluijter}} (lid, {{PERSON|PS|Paul Sluijter}}); mevrouw {{PERSON|Dekkers|Yvonne Dekkers}} (klaagster); "
                             "{{PERSON|R. van Raaij|Ronald van Raaij}} (teamleider); {{PERSON|M. de Gruyter|Mireille de Gruyter}} (ambtelijk secretaris, verslag)"),
                ("Afwezig", "{{PERSON|S. Pinas|Sharon Pinas}} (verzorgende), met bericht")], 2.6),
        ("h", "1. Toelichting klaagster", 11),
        ("p", "Mevrouw {{PERSON|Dekkers|Yvonne Dekkers}} licht haar brief van 19 maart toe. Zij noemt drie incidenten: de blauwe plek, "
              "de incontinentiezorg en het te laat toedienen van insuline aan haar moeder. Zij wil dat de afdeling meer vaste "
              "medewerkers krijgt."),
        ("h", "2. Reactie zorgaanbieder", 11),
        ("p", "De heer {{PERSON|Van Raaij|Ronald van Raaij}} erkent dat de bezetting in maart onder de norm lag. De blauwe plek is "
              "niet gemeld in {{+PRODUCT|Ons}} (het elektronisch cliëntdossier van {{+ORG|Nedap}}); dat had wel gemoeten. Over de "
              "insuline: de diabetesverpleegkundige heeft het schema aangepast."),
        ("h", "3. Afspraken", 11),
        ("tbl", [["nr", "actie", "wie", "gereed"],
                 ["1", "Uitspraak commissie opstellen", "{{PERSON|JK|Johanna Kroon}}", "14 mei"],
                 ["2", "Roosters maart opvragen", "{{PERSON|MdG|Mireille de Gruyter}}", "30 april"],
                 ["3", "Gesprek verzorgende over melden incidenten", "{{PERSON|RvR|Ronald van Raaij}}", "1 mei"],
                 ["4", "Verslag ter correctie naar partijen", "{{PERSON|MdG|Mireille de Gruyter}}", "26 april"]], [1, 9, 3, 3.6]),
        ("p", "De commissie werkt volgens de {{+LAW|Wkkgz}} en het klachtenreglement van {{+ORG|Stichting De Zonnewende}}. "
              "De uitspraak volgt binnen zes weken."),
        ("tbl", [["Vastgesteld", "Paraaf voorzitter", "Paraaf secretaris"], ["30 april 2025", "{{PERSON|J.A.K.|Johanna Kroon}}", "{{PERSON|MdG|Mireille de Gruyter}}"]],
         [5.5, 5.5, 5.6]),
    ]
    out = DOCS / (d.name + ".pdf")
    rl_build(d, out, flow, font="DejaVuCond", size=9.5, footer=foot(d, "DejaVuCond", "Klachtencommissie Cliënten - vertrouwelijk"))
    return d


# ------------------------------------------------------------------------------------------------
@reg
def doc_rbt_overleg_verslag():
    d = Doc("rbt_overleg_verslag", "minutes regional public-health policy meeting, office holders, action list", "reportlab Helvetica, 2 pages")

    def hdr(c, n):
        c.setFont("Helvetica-Bold", 8)
        c.drawString(2.2 * cm, 28.4 * cm, d.t("{{+ORG|Veiligheidsregio Zaanstreek-Waterland}}"))
        c.setFont("Helvetica", 8)
        c.drawRightString(19 * cm, 28.4 * cm, d.t("Verslag Regionaal Beleidsteam - 10 oktober 2025"))

    flow = [
        ("h", "Verslag Regionaal Beleidsteam (RBT) - uitbraak mazelen", 13),
        ("tbl", [["Aanwezig", "Functie"],
                 ["{{+OFFICIAL|Jan Hamming}}", "burgemeester Zaanstad, voorzitter veiligheidsregio"],
                 ["{{+OFFICIAL|Don Bijl}}", "burgemeester Purmerend"],
                 ["{{PERSON|Wouter Bakhuizen}}", "arts infectieziektebestrijding, {{+ORG|GGD Zaanstreek-Waterland}}"],
                 ["{{PERSON|Marije Kolkman}}", "adviseur crisisbeheersing, {{+ORG|Veiligheidsregio Zaanstreek-Waterland}}"],
                 ["{{PERSON|Tom Ruijgrok}}", "communicatieadviseur, gemeente Purmerend"],
                 ["{{PERSON|Ilona Swart-de Haan}}", "notulist"]], [6.0, 10.6]),
        ("h", "1. Opening", 11),
        ("p", "Burgemeester {{+OFFICIAL|Hamming}} opent de vergadering. Sinds de vorige vergadering zijn er zes nieuwe gevallen van "
              "mazelen bevestigd, alle in Purmerend. Eén kind ligt in het ziekenhuis."),
        ("h", "2. Stand van zaken GGD", 11),
        ("p", "{{PERSON|Bakhuizen|Wouter Bakhuizen}} licht toe dat het bron- en contactonderzoek loopt; er zijn 212 contacten "
              "in beeld. De GGD biedt extra vaccinatiespreekuren aan in het {{+BUILDING|Willem Eggert}}-gebouw in Purmerend. "
              "Het {{+ORG|RIVM}} adviseert geen schoolsluiting."),
        ("p", "Hij meldt ook dat een medewerker van de GGD zelf ziek is geworden; haar naam wordt niet genoemd. "
              "{{PERSON|Kolkman|Marije Kolkman}} vraagt of de zorgcontinuïteit gewaarborgd is. Dat is het geval."),
        ("pb",),
        ("h", "3. Communicatie", 11),
        ("p", "{{PERSON|Ruijgrok|Tom Ruijgrok}} stelt voor om ouders via de scholen een brief te sturen en een informatieavond "
              "te organiseren met de jeugdarts. Burgemeester {{+OFFICIAL|Bijl}} wil dat de brief ook in het Turks en Arabisch "
              "verschijnt. Wethouder {{+OFFICIAL|Annet Zijlstra}} (Volksgezondheid) wordt uitgenodigd voor de informatieavond."),
        ("h", "4. Actielijst", 11),
        ("tbl", [["nr", "actie", "actiehouder", "datum"],
                 ["1", "Brief aan ouders (Nederlands, Turks, Arabisch)", "{{PERSON|TR|Tom Ruijgrok}}", "13-10"],
                 ["2", "Extra spreekuren GGD", "{{PERSON|WBa|Wouter Bakhuizen}}", "15-10"],
                 ["3", "Informeren Kamerleden en {{+ORG|ministerie van VWS}}", "burgemeester {{+OFFICIAL|Hamming}}", "11-10"],
                 ["4", "Volgend RBT plannen", "{{PERSON|MK|Marije Kolkman}}", "z.s.m."]], [1.0, 9.0, 4.2, 2.4]),
        ("p", "Verslag: {{PERSON|I. Swart-de Haan|Ilona Swart-de Haan}}, {{EMAIL|i.swartdehaan@vrzw.nl}}. Vragen over dit verslag: "
              "{{+EMAIL_FUNC|crisisbeheersing@vrzw.nl}}."),
    ]
    out = DOCS / (d.name + ".pdf")
    rl_build(d, out, flow, font="Helvetica", size=10, header=hdr, footer=foot(d, "Helvetica", "RBT 10-10-2025"))
    return d


# ------------------------------------------------------------------------------------------------
@reg
def doc_inventarislijst_woo():
    d = Doc("inventarislijst_woo", "inventory list of a Woo decision (GGD outbreak), names in document titles", "reportlab DejaVuCond landscape")
    rows = [["nr", "datum", "document", "beoordeling", "grond", "opmerking"],
            ["1", "02-10-2025", "E-mail {{PERSON|W. Bakhuizen|Wouter Bakhuizen}} aan {{+ORG|RIVM}}/LCI over melding mazelen", "deels openbaar", "5.1.2e", ""],
            ["2", "03-10-2025", "Memo BCO mazelen, versie {{PERSON|N. Ouali|Nadia Ouali}}", "deels openbaar", "5.1.1d, 5.1.2e", "gezondheidsgegevens"],
            ["3", "05-10-2025", "Chat {{+PRODUCT|Teams}} BCO-team (export)", "deels openbaar", "5.1.1d, 5.1.2e", ""],
            ["4", "06-10-2025", "Brief aan ouders groep 5 {{+SCHOOL|Jan Ligthartschool}}", "openbaar", "", "reeds openbaar"],
            ["5", "08-10-2025", "E-mail moeder {{PERSON|Oosterbeek|familie Oosterbeek}} aan GGD (klacht)", "niet openbaar", "5.1.1d, 5.1.2e", "bijzondere persoonsgegevens"],
            ["6", "10-10-2025", "Verslag RBT, burgemeester {{+OFFICIAL|Hamming}} (voorzitter)", "deels openbaar", "5.1.2e", ""],
            ["7", "12-10-2025", "Persbericht GGD", "openbaar", "", "zie {{+URL|www.ggdzw.nl}}"],
            ["8", "14-10-2025", "Whatsapp {{PERSON|Sanne Hofstede}} - {{PERSON|Yusuf Demir}}", "deels openbaar", "5.1.2e", ""],
            ["9", "15-10-2025", "Notitie vaccinatiegraad Waterland ({{+ORG|GGD Zaanstreek-Waterland}})", "openbaar", "", ""],
            ["10", "16-10-2025", "Kamervragen van het lid {{+OFFICIAL|Dobbe}} (SP) over mazelen", "openbaar", "", "reeds openbaar"]]
    flow = [("h", "Inventarislijst Woo-besluit - uitbraak mazelen Purmerend (kenmerk {{+CASE_ORG|WOO-2025-0931}})", 12),
            ("tbl", rows, [1.0, 2.3, 11.0, 3.0, 3.2, 4.5], True, 8.5),
            ("sm", "Gronden: 5.1.1d bijzondere persoonsgegevens; 5.1.2e eerbiediging van de persoonlijke levenssfeer "
                   "({{+LAW|Wet open overheid}}). Contact: {{+EMAIL_FUNC|woo@ggdzw.nl}}.")]
    out = DOCS / (d.name + ".pdf")
    rl_build_landscape(d, out, flow)
    return d


def rl_build_landscape(d, out, flow):
    import reportlab.platypus as pl
    from reportlab.lib.pagesizes import A4, landscape
    orig = pl.SimpleDocTemplate

    class L(orig):
        def __init__(self, fn, **kw):
            kw["pagesize"] = landscape(A4)
            super().__init__(fn, **kw)

    pl.SimpleDocTemplate = L
    try:
        rl_build(d, out, flow, font="DejaVuCond", size=9.5, margins=(1.5, 1.5, 1.5, 1.5))
    finally:
        pl.SimpleDocTemplate = orig


# ------------------------------------------------------------------------------------------------
@reg
def doc_kamerbrief_vaccinatiegraad():
    d = Doc("kamerbrief_vaccinatiegraad", "public letter to parliament (no private persons), office holders", "LibreOffice from .docx, 2 pages")
    blocks = [
        ("p", "> Retouradres Postbus 20350 2500 EJ Den Haag"),
        ("p", "De Voorzitter van de Tweede Kamer\nder Staten-Generaal\nPrinses Irenestraat 6\n2595 BD  DEN HAAG"),
        ("kv", [("Datum", "28 oktober 2025"), ("Betreft", "Vaccinatiegraad Rijksvaccinatieprogramma en aanpak mazelen"),
                ("Kenmerk", "{{+CASE_ORG|4187342-1089211-PG}}")], [4.0, 12.0]),
        ("p", "Geachte voorzitter,"),
        ("p", "Met deze brief informeer ik uw Kamer over de vaccinatiegraad van het {{+PROG|Rijksvaccinatieprogramma}} (RVP) over "
              "verslagjaar 2024 en over de aanpak van de uitbraken van mazelen. Hiermee geef ik ook uitvoering aan de motie van "
              "het lid {{+OFFICIAL|Dobbe}} over laagdrempelige vaccinatie en beantwoord ik de vragen van het lid "
              "{{+OFFICIAL|Paulusma}} (D66) uit het commissiedebat Publieke gezondheid."),
        ("b", "Vaccinatiegraad"),
        ("tbl", [["Vaccinatie", "2022", "2023", "2024"],
                 ["BMR (2 jaar)", "89,5%", "89,0%", "88,7%"],
                 ["DKTP (2 jaar)", "90,3%", "89,9%", "89,5%"],
                 ["HPV (meisjes 14 jaar)", "61,9%", "64,3%", "66,0%"]], [7.0, 3.0, 3.0, 3.0]),
        ("p", "Het {{+ORG|RIVM}} ziet de daling vooral in grote steden en in de {{+TERM|Bible Belt}}. Eerder onderzoek van het "
              "{{+ORG|Nivel}} laat zien dat twijfel over vaccinaties vaak samenhangt met vragen die niet tijdig worden besproken."),
        ("pb",),
        ("b", "Bijzondere groepen"),
        ("p", "Kinderen met {{+TERM|het syndroom van Down}}, kinderen die behandeld worden in het {{+ORG|Prinses Máxima Centrum}} "
              "en kinderen met een aangeboren afweerstoornis lopen meer risico op een ernstig beloop. Voor hen komt er een "
              "inhaalprogramma via de kinderziekenhuizen, waaronder het {{+ORG|Wilhelmina Kinderziekenhuis}} en het "
              "{{+ORG|Sophia Kinderziekenhuis}}. Ook de {{+ORG|Ronald McDonald Huizen}} verspreiden informatie."),
        ("b", "Tot slot"),
        ("p", "Ik blijf samen met gemeenten, GGD'en en het RIVM inzetten op voorlichting. Over de resultaten van de pilot "
              "'{{+PROG|Vaccinatie in de wijk}}' informeer ik uw Kamer voor de zomer van 2026."),
        ("p", "De staatssecretaris van Volksgezondheid,\nWelzijn en Sport,\n\n\n{{+OFFICIAL|Vincent Karremans}}"),
    ]
    out = DOCS / (d.name + ".pdf")
    docx_build(d, out, blocks, font="Liberation Serif", size=10.5,
               header="Ministerie van Volksgezondheid, Welzijn en Sport",
               footer="{{+ADDR_GOV|Parnassusplein 5}} | 2511 VX Den Haag | {{+URL|www.rijksoverheid.nl}}", author="VWS")
    return d


# ------------------------------------------------------------------------------------------------
@reg
def doc_ggz_cijfers_notitie():
    d = Doc("ggz_cijfers_notitie", "public statistics note on Wvggz/Wzd (no personal data)", "reportlab Times")
    flow = [
        ("h", "Notitie: verplichte zorg in cijfers, Amsterdam-Amstelland 2024", 13),
        ("p", "Deze notitie bevat geanonimiseerde cijfers over de toepassing van de {{+LAW|Wet verplichte geestelijke gezondheidszorg}} "
              "(Wvggz) en de {{+LAW|Wet zorg en dwang}} (Wzd). Bron: {{+ORG|Inspectie Gezondheidszorg en Jeugd}}, "
              "{{+ORG|Raad voor de rechtspraak}} en het {{+ORG|Centraal Bureau voor de Statistiek}}."),
        ("tbl", [["Maatregel", "2022", "2023", "2024"],
                 ["Crisismaatregel (burgemeester)", "2.941", "3.102", "3.288"],
                 ["Machtiging tot voortzetting", "2.510", "2.634", "2.801"],
                 ["Zorgmachtiging (rechter)", "5.877", "6.013", "6.240"],
                 ["Rechterlijke machtiging Wzd", "1.402", "1.465", "1.530"]], [8.0, 2.8, 2.8, 2.8]),
        ("p", "Het aantal crisismaatregelen stijgt al drie jaar. Verklaringen die in de literatuur worden genoemd zijn de druk op de "
              "ggz-capaciteit, wachttijden en toename van middelengebruik, zoals {{+TERM|lachgas}} en {{+TERM|crystal meth}}. "
              "Psychotische stoornissen en {{+TERM|bipolaire stoornis}} zijn de meest voorkomende diagnosegroepen."),
        ("p", "De cijfers zijn besproken met wethouder {{+OFFICIAL|Alexander Scholtes}} en in de commissie Zorg, Jeugdzorg en Sport. "
              "Het programma '{{+PROG|Zorg voor verwarde personen}}' loopt door tot 2027. De {{+ORG|Alzheimer Nederland}}-afdeling "
              "Amsterdam en {{+ORG|MIND}} zijn betrokken als cliëntorganisaties; de {{+TERM|ziekte van Alzheimer}} is de meest "
              "voorkomende grondslag bij Wzd-opnames."),
        ("p", "Vragen: {{+EMAIL_FUNC|onderzoek.zorg@amsterdam.nl}}"),
    ]
    out = DOCS / (d.name + ".pdf")
    rl_build(d, out, flow, font="Times-Roman", size=11)
    return d


# ------------------------------------------------------------------------------------------------
@reg
def doc_meldingsformulier_scan():
    d = Doc("meldingsformulier_scan", "scanned notification form of a notifiable disease by a GP (image only)", "reportlab Courier -> raster scan")
    ch = "scan"
    bsn = make_bsn(505)
    flow = [
        ("h", "Melding infectieziekte groep B1 (art. 22 Wpg)", 13),
        ("kv", [("Melder", "huisarts {{PERSON|C. Bouwmeester|Corine Bouwmeester}}"),
                ("AGB-code", "{{ID|01055732|AGB-code Bouwmeester}}"),
                ("Telefoon melder", "{{PHONE|0512 583 910}}"),
                ("Patiënt", "{{PERSON|Sietse Hoekstra}}"),
                ("Geboortedatum", "{{DOB|17-04-1979}}"),
                ("BSN", f"{{{{BSN|{bsn}}}}}"),
                ("Adres", "{{ADDRESS|Dokkumerweg 61, 9291 AC Kollum}}"),
                ("Ziekte", "{{HEALTH|hepatitis B|hepatitis B Hoekstra}} (acuut)"),
                ("Risicofactor", "{{HEALTH|intraveneus drugsgebruik|drugsgebruik Hoekstra}}"),
                ("Datum melding", "30-01-2025")], 4.4),
        ("p", "Contacten: partner {{PERSON|Marieke Wouda}}. Ontvangen door GGD Fryslân, afd. IZB, paraaf {{PERSON|GvdV|Gea van der Veen}}."),
    ]
    src = WORK / (d.name + "-src.pdf")
    WORK.mkdir(parents=True, exist_ok=True)
    rl_build(d, src, flow, font="Courier", size=11.5, channel=ch)
    out = DOCS / (d.name + ".pdf")
    scan_pdf(src, out, angle=0.5, seed=13, noise=9)
    return d


# ------------------------------------------------------------------------------------------------
@reg
def doc_ciz_bezwaar_ontvangst_met_scan():
    d = Doc("ciz_bezwaar_ontvangst_met_scan", "CIZ acknowledgment (text page) + scanned objection letter (image page)", "reportlab + raster scan, 2 pages")
    p1 = [
        ("sm", "{{+ORG|CIZ}} - Afdeling Bezwaar en Beroep - Postbus 2042, 3500 GA Utrecht"),
        ("sp", 8),
        ("p", "De heer {{PERSON|K. Meulenbelt|Koen Meulenbelt}}<br/>{{ADDRESS|Schoolstraat 3, 7371 CX Loenen}}"),
        ("sp", 6),
        ("p", "Datum: 8 september 2025<br/>Ons kenmerk: {{ID|BZW-2025-40417|bezwaarnummer Meulenbelt}}"),
        ("p", "<b>Ontvangstbevestiging bezwaarschrift</b>"),
        ("p", "Geachte heer {{PERSON|Meulenbelt|Koen Meulenbelt}},"),
        ("p", "Wij hebben uw bezwaarschrift van 1 september 2025 ontvangen. Het bezwaar is gericht tegen ons besluit van "
              "21 juli 2025 over de aanvraag {{+LAW|Wet langdurige zorg}} voor uw vader. Een kopie van uw brief is bijgevoegd. "
              "Uw bezwaar wordt behandeld door mr. {{PERSON|Anouk Plasmeijer}}. Wij beslissen binnen twaalf weken."),
        ("p", "Met vriendelijke groet,<br/>{{PERSON|A. Plasmeijer|Anouk Plasmeijer}}<br/>jurist bezwaar en beroep"),
        ("sm", "Algemeen telefoonnummer {{+ORG|CIZ}}: {{+PHONE_GEN|088 789 10 00}}"),
    ]
    a = WORK / (d.name + "-p1.pdf")
    WORK.mkdir(parents=True, exist_ok=True)
    rl_build(d, a, p1, font="Helvetica", size=10)
    p2 = [
        ("p", "{{PERSON|Koen Meulenbelt|Koen Meulenbelt}}<br/>{{ADDRESS|Schoolstraat 3, 7371 CX Loenen}}"),
        ("sp", 8),
        ("p", "Aan het CIZ<br/>Postbus 2042<br/>3500 GA Utrecht"),
        ("sp", 6),
        ("p", "Loenen, 1 september 2025"),
        ("p", "Betreft: bezwaar tegen besluit van 21 juli 2025 over mijn vader, {{PERSON|Hendrikus Meulenbelt}}"),
        ("p", "Hierbij maak ik bezwaar. U schrijft dat mijn vader thuis kan blijven wonen met hulp. Maar hij heeft "
              "{{HEALTH|vasculaire dementie|dementie Hendrikus Meulenbelt}} en is sinds juni "
              "{{HEALTH|incontinent|incontinentie Hendrikus Meulenbelt}}. 's Nachts loopt hij de straat op. Mijn moeder is zelf "
              "herstellende van {{HEALTH|borstkanker|borstkanker moeder Meulenbelt}} en kan de zorg niet meer aan."),
        ("p", "Ik ben bereikbaar op {{PHONE|06 1448 2073}}."),
        ("p", "Met vriendelijke groet,"),
        ("sp", 8),
        ("p", "{{PERSON|K. Meulenbelt|Koen Meulenbelt}}"),
    ]
    b = WORK / (d.name + "-p2.pdf")
    rl_build(d, b, p2, font="DejaVuSans", size=11, channel="scan", margins=(2.5, 2.5, 2.5, 2.0))
    bs = WORK / (d.name + "-p2scan.pdf")
    scan_pdf(b, bs, angle=-0.6, seed=21, noise=11)
    out = DOCS / (d.name + ".pdf")
    merge([a, bs], out)
    return d


# ------------------------------------------------------------------------------------------------
@reg
def doc_wlz_formulier_velden():
    d = Doc("wlz_formulier_velden", "interactive form with filled field values (hidden channel)", "reportlab + AcroForm fields via pikepdf")
    flow = [
        ("h", "Machtigingsformulier Wlz-aanvraag", 13),
        ("p", "Met dit formulier machtigt u iemand om namens u een aanvraag voor de {{+LAW|Wet langdurige zorg}} in te dienen bij het "
              "{{+ORG|CIZ}}. Vul het formulier digitaal in en stuur het mee met de aanvraag."),
        ("kv", [("Naam aanvrager", ""), ("Geboortedatum", ""), ("Naam gemachtigde", ""), ("Telefoon gemachtigde", ""),
                ("Relatie", "")], 5.0),
        ("sp", 6),
        ("p", "Ondertekening: door ondertekening verklaart de aanvrager dat de gemachtigde namens hem of haar mag handelen. "
              "Het CIZ verwerkt de gegevens volgens de {{+TERM|AVG}}."),
        ("sm", "Formulier M-2024-03 - {{+URL|www.ciz.nl}}"),
    ]
    out = DOCS / (d.name + ".pdf")
    rl_build(d, out, flow, font="Helvetica", size=10)
    # field rectangles next to the labels (approximate positions; values are not drawn)
    x0, x1 = 210, 540
    ys = [707.5, 693.7, 679.9, 666.1, 652.3]
    vals = [("aanvrager", "{{PERSON|Grietje Zandstra-Hofman}}"), ("geboortedatum", ""),
            ("gemachtigde", "{{PERSON|Klaas Zandstra}}"), ("telefoon", ""), ("relatie", "zoon")]
    hide(d, out, fields=[(0, nm, v, [x0, y, x1, y + 12]) for (nm, v), y in zip(vals, ys)])
    return d


# ------------------------------------------------------------------------------------------------
@reg
def doc_igj_jaarbeeld_html():
    d = Doc("igj_jaarbeeld_html", "public web page print: IGJ annual figures (no private persons)", "Chromium (Skia/PDF)")
    body = """
<h2>Jaarbeeld 2024 in cijfers - meldingen bij de inspectie</h2>
<p>De {{+ORG|Inspectie Gezondheidszorg en Jeugd}} ontving in 2024 ruim 19.000 meldingen. Hieronder staan de belangrijkste cijfers.
Het jaarbeeld is op 15 mei 2025 aangeboden aan minister {{+OFFICIAL|Agema}} van Volksgezondheid, Welzijn en Sport en
staatssecretaris {{+OFFICIAL|Karremans}} (Jeugd, Preventie en Sport).</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:10pt">
<tr><th>Soort melding</th><th>2023</th><th>2024</th></tr>
<tr><td>Calamiteiten (Wkkgz)</td><td>3.240</td><td>3.512</td></tr>
<tr><td>Geweld in de zorgrelatie</td><td>1.018</td><td>1.104</td></tr>
<tr><td>Ontslag wegens disfunctioneren</td><td>412</td><td>398</td></tr>
<tr><td>Meldingen jeugd (calamiteiten en geweld)</td><td>1.765</td><td>1.930</td></tr>
<tr><td>Signalen burgers via {{+ORG|Landelijk Meldpunt Zorg}}</td><td>9.870</td><td>10.215</td></tr>
</table>
<p>In de ouderenzorg ging het vaak om valincidenten en medicatiefouten. In de ggz ging een deel van de meldingen over
suïcides van patiënten in behandeling. De inspectie let in 2025 extra op de zorg voor mensen met
{{+TERM|de ziekte van Huntington}} en het {{+TERM|syndroom van Korsakov}}, omdat daar weinig gespecialiseerde plekken zijn.</p>
<p>Meer informatie: {{+URL|www.igj.nl/jaarbeeld}} of via {{+EMAIL_FUNC|communicatie@igj.nl}}. Algemeen nummer {{+PHONE_GEN|088 120 5000}}.</p>
<p style="font-size:8pt;color:#666">Bron: {{+ORG|IGJ}}, bewerking {{+ORG|CBS}}. Deze pagina bevat geen persoonsgegevens.</p>
"""
    out = DOCS / (d.name + ".pdf")
    html_build(d, out, body, title="Jaarbeeld 2024 in cijfers | IGJ")
    return d
