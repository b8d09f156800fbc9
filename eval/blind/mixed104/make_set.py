"""Rebuild set ZZ (eval/blind/mixed104): GGD Zuid-Holland Zuid, infectious-disease control (a measles
outbreak in the Alblasserwaard and a legionella cluster in a Gorinchem care home), spring 2026.

    /work/main/.venv/bin/python make_set.py          # all documents
    /work/main/.venv/bin/python make_set.py zz03 zz17 # only these

Documents go to docs/, gold to gold/. Every keep probe's 'after' is counted on the original's PDFium text
with the evaluator's own functions; every redact probe has after=0 and is checked by check_gold.py in the
channel it is claimed for (PDFium text, OCR for scans, or metadata/outline/annotations).
"""
from __future__ import annotations

import shutil
import sys

from common import (Doc, rl_flow, docx_flow, flush_docx, scan_page, scan_pdf, build_gold, DOCS_DIR, GOLD_DIR,
                    BUILD, A4, landscape, mm)
from persons import *  # noqa: F401,F403
from persons import red_items, KEEP

DOCS = []


def doc(stem, title, producer):
    def deco(fn):
        DOCS.append((stem, title, producer, fn))
        return fn
    return deco


SWITCH = "088 308 4000"
MOTIV = ("h2", "Informatie die niet openbaar gemaakt kan worden")


# =============================================================================== situation reports
@doc("zz01", "Sitrap 1 mazelen Alblasserwaard", "reportlab Helvetica")
def zz01(d):
    rl_flow(d, [
        ("h", "Sitrap 1 - uitbraak mazelen Alblasserwaard"),
        ("kv", [("Datum", "maandag 9 maart 2026, 17.00 uur"), ("Kenmerk", "GGD-IZB-2026-0417 / sitrap 1"),
                ("Opgesteld door", f"{RIJSDIJK.full}, arts infectieziektebestrijding"),
                ("Vastgesteld", f"{WIJNGAARDEN.full}, teamleider IZB"),
                ("Verspreiding", "DPG, OMT-leden, operationeel leider VRZHZ, RIVM-LCI")]),
        ("h2", "1. Situatie"),
        ("p", "Op vrijdag 6 maart 2026 ontving GGD Zuid-Holland Zuid via Osiris de melding van een laboratorium-"
              "bevestigde casus mazelen bij een leerling van groep 3 van basisschool De Wegwijzer in Bleskensgraaf "
              "(gemeente Molenlanden). Sindsdien zijn vier aanvullende casussen gemeld: drie kinderen uit hetzelfde "
              "gezin en de school, en een volwassene uit Molenaarsgraaf. De vaccinatiegraad voor BMR op deze school is "
              "volgens de JGZ-registratie lager dan 60 procent."),
        ("p", "Eén kind is opgenomen in het Albert Schweitzer ziekenhuis in Dordrecht. Er zijn geen overlijdens."),
        ("h2", "2. Genomen maatregelen"),
        ("p", "- bron- en contactonderzoek (BCO) gestart door sociaal verpleegkundigen "
              f"{VERHOEFF.full} en {KROONENBERG.full};\n"
              "- informatiebrief aan ouders van De Wegwijzer verstuurd op 7 maart;\n"
              "- huisartsen in de Alblasserwaard en de huisartsenpost geïnformeerd;\n"
              "- postexpositieprofylaxe (BMR-vaccin, immunoglobuline bij zuigelingen en zwangeren) aangeboden."),
        ("h2", "3. Verwachting"),
        ("p", "Gezien de lage vaccinatiegraad in de regio verwacht het team binnen twee weken een tweede golf. "
              f"Het RIVM ({DAMSMA.full}, LCI) adviseert een vervroegde BMR-vaccinatie vanaf 6 maanden."),
        ("h2", "4. Aantallen"),
        ("table", [["Categorie", "Aantal", "Toelichting"],
                   ["Bevestigde casussen", "5", "4 kinderen (4-11 jaar), 1 volwassene"],
                   ["Waarschijnlijke casussen", "2", "klinisch beeld, lab in afwachting"],
                   ["Contacten in BCO", "143", "school, kerk, huisartsenpraktijk"],
                   ["Opnames", "1", "Albert Schweitzer ziekenhuis"]], [55, 22, 90]),
        ("h2", "5. Contact"),
        ("p", f"Vragen over deze sitrap: {RIJSDIJK.full}, {RIJSDIJK.tel}, {RIJSDIJK.email}. "
              f"Bereikbaarheid buiten kantoortijden via de dienstdoende arts IZB, {SWITCH}. "
              "Algemene mailbox: infectieziekten@ggdzhz.nl."),
    ], font="Helvetica", size=10, header="GGD Zuid-Holland Zuid | Infectieziektebestrijding | VERTROUWELIJK")


@doc("zz02", "Sitrap 2 mazelen", "reportlab DejaVuSans; author in Info and XMP only")
def zz02(d):
    rl_flow(d, [
        ("h", "Situatierapport 2 - Mazelen regio Zuid-Holland Zuid"),
        ("p", "Peildatum: vrijdag 13 maart 2026, 12.00 uur. Kenmerk GGD-IZB-2026-0417 / sitrap 2."),
        ("h2", "Epidemiologisch beeld"),
        ("p", "Het aantal bevestigde casussen is gestegen naar 14. Casussen wonen in Bleskensgraaf (8), "
              "Molenaarsgraaf (3), Ottoland (2) en Sliedrecht (1). Alle casussen zijn ongevaccineerd. De "
              "genotypering door het RIVM toont genotype D8, identiek aan de stammen van de uitbraak in "
              "de Veluwe in 2025."),
        ("table", [["Leeftijdsgroep", "Casussen", "Opgenomen", "Ongevaccineerd"],
                   ["0-1 jaar", "1", "1", "1"], ["1-4 jaar", "4", "0", "4"], ["5-12 jaar", "7", "1", "7"],
                   ["13-17 jaar", "1", "0", "1"], ["18 jaar en ouder", "1", "0", "1"], ["Totaal", "14", "2", "14"]],
         [45, 30, 30, 35]),
        ("h2", "Maatregelen en besluiten OMT 12 maart"),
        ("p", "Het OMT (voorzitter: DPG) heeft besloten tot een extra vaccinatiemogelijkheid op zaterdag 14 maart in "
              "Bleskensgraaf. De JGZ zet daarvoor twee teams in. Burgemeester Heijkoop van Molenlanden is "
              "geïnformeerd en heeft ingestemd met het gebruik van het dorpshuis."),
        ("h2", "Communicatie"),
        ("p", "Persvragen lopen via pers@ggdzhz.nl en het algemene nummer 088 308 4100. De communicatieadviseur "
              "stemt de woordvoering af met de gemeente Molenlanden en de VRZHZ."),
        ("p", "Volgende sitrap: dinsdag 17 maart 2026."),
    ], font="DejaVuSans", size=9.5, meta={"author": SPANJAARD.full, "title": "Sitrap 2 mazelen"},
        header="Sitrap 2 | GGD-IZB-2026-0417")
    import pikepdf
    with pikepdf.open(d.pdf, allow_overwriting_input=True) as pdf:
        with pdf.open_metadata() as m:
            m["dc:creator"] = [SPANJAARD.full, HAASNOOT.full]
            m["dc:title"] = "Sitrap 2 mazelen"
        pdf.save(d.pdf)
    d.hidden("PERSON", SPANJAARD.full, SPANJAARD.last, "metadata")
    d.hidden("PERSON", HAASNOOT.full, HAASNOOT.last, "metadata")


@doc("zz03", "Sitrap 3 mazelen en legionella", "LibreOffice (python-docx, Calibri)")
def zz03(d):
    docx_flow(d, [
        ("h", "Sitrap 3 - Infectieziektebestrijding GGD Zuid-Holland Zuid"),
        ("kv", [("Datum", "dinsdag 17 maart 2026"), ("Kenmerk", "GGD-IZB-2026-0417 / sitrap 3 en GGD-IZB-2026-0452"),
                ("Auteur", f"{SPANJAARD.full} (epidemioloog), {RIJSDIJK.ini} (arts IZB)"),
                ("Status", "vertrouwelijk, niet voor verdere verspreiding")]),
        ("h2", "A. Mazelen Alblasserwaard"),
        ("p", "Stand: 23 bevestigde casussen, 6 waarschijnlijke. Twee kinderen liggen in het Albert Schweitzer "
              "ziekenhuis. Het BCO in de kerkgemeenschap is door "
              f"{YILMAZER.full} en {VERHOEFF.last} afgerond; 61 contacten zijn gevaccineerd of hadden immuniteit."),
        ("p", "De zwangere contactpersoon uit Bleskensgraaf (zie BCO-lijst) heeft immunoglobuline gekregen in "
              "het Albert Schweitzer ziekenhuis."),
        ("h2", "B. Legionella Zorgcentrum Merwehof, Gorinchem"),
        ("p", "Op 14 en 16 maart zijn twee bewoners van Zorgcentrum Merwehof (Rivas Zorggroep) met legionellose "
              "opgenomen in het Beatrixziekenhuis. De urine-antigeentest op Legionella pneumophila serogroep 1 was "
              "bij beiden positief. Een derde bewoner is op 19 maart overleden; de relatie met legionella wordt "
              "onderzocht. Bronopsporing van het leidingwater is op 17 maart gestart door "
              f"{DEKEIJZER.full} (medische milieukunde) samen met monsternemer {KORTLEVE.full}."),
        ("h2", "C. Opschaling"),
        ("p", "De VRZHZ heeft geen GRIP-situatie afgekondigd. De operationeel leider, "
              f"{LANTING.full}, wordt dagelijks geïnformeerd. Burgemeester Melissant-Briene van Gorinchem is "
              "op 17 maart telefonisch ingelicht door de DPG."),
        ("h2", "D. Volgende stappen"),
        ("table", [["Actie", "Wie", "Wanneer"],
                   ["Tweede vaccinatiedag Bleskensgraaf", "JGZ", "21 maart"],
                   ["Watermonsters douches Merwehof", DEKEIJZER.ini, "18 maart"],
                   ["Brief aan familie bewoners", HOOGENDOORN.full, "18 maart"],
                   ["Afstemming RIVM-LCI", RIJSDIJK.ini, "dagelijks"]]),
        ("p", f"Contact: infectieziekten@ggdzhz.nl of 088 308 4000."),
    ], author=SPANJAARD.full)


# =============================================================================== OMT minutes
@doc("zz04", "Verslag OMT mazelen 12 maart", "LibreOffice (python-docx, Liberation Serif)")
def zz04(d):
    docx_flow(d, [
        ("h", "Verslag Outbreak Management Team mazelen Alblasserwaard"),
        ("kv", [("Datum", "donderdag 12 maart 2026, 10.00-11.30 uur (Teams)"),
                ("Voorzitter", f"{OUWERKERK.full}, directeur publieke gezondheid"),
                ("Aanwezig", f"{RIJSDIJK.full} (arts IZB), {WIJNGAARDEN.full} (teamleider IZB), "
                             f"{SPANJAARD.full} (epidemioloog), {TERLOUW.full} (jeugdarts JGZ), "
                             f"{DAMSMA.full} (LCI, RIVM), {VELLEKOOP.full} (Centrum Infectieziektebestrijding, RIVM), "
                             f"{OUDIJK.full} (arts-microbioloog ASz)"),
                ("Notulist", f"{HAASNOOT.full}"),
                ("Kenmerk", "GGD-IZB-2026-0417 / OMT-1")]),
        ("h2", "1. Opening en vaststellen agenda"),
        ("p", f"{OUWERKERK.last} opent de vergadering. Er zijn geen aanvullingen."),
        ("h2", "2. Stand van zaken"),
        ("p", f"{SPANJAARD.last} licht de epicurve toe: 12 bevestigde casussen, vooral kinderen van 5-12 jaar. "
              f"{OUDIJK.last} meldt dat alle PCR-bepalingen binnen 24 uur worden gedaan; de sequenties gaan naar "
              "het RIVM in Bilthoven."),
        ("h2", "3. Advies vaccinatie"),
        ("p", f"{DAMSMA.last} adviseert namens de LCI een vervroegde BMR-vaccinatie (0-prik) voor zuigelingen van "
              "6 tot 14 maanden in Molenlanden, Alblasserdam en Gorinchem. "
              f"{TERLOUW.last} geeft aan dat de JGZ dit binnen een week kan organiseren. "
              f"{VELLEKOOP.last} vraagt om dagelijkse aanlevering van de casuslijst via Osiris."),
        ("p", "Besluit: het OMT adviseert de DPG de 0-prik aan te bieden; de DPG informeert burgemeester "
              "Heijkoop en de voorzitter van de veiligheidsregio, burgemeester Kolff."),
        ("h2", "4. Actiepunten"),
        ("table", [["Nr", "Actie", "Wie", "Gereed"],
                   ["1", "Brief aan ouders met 0-prik-aanbod", "FT / LH", "16 maart"],
                   ["2", "Casuslijst dagelijks in Osiris", "JS", "doorlopend"],
                   ["3", "Afstemming met scholen reformatorisch onderwijs", "MR", "13 maart"],
                   ["4", "Persbericht", "LH", "12 maart"]]),
        ("p", "Volgende OMT: donderdag 19 maart 2026, 10.00 uur."),
    ], font="Liberation Serif", size=11, author=HAASNOOT.full)
    d.red("PARAPH", "paraaf FT", "FT")
    d.red("PARAPH", "paraaf LH", "LH")


@doc("zz05", "Verslag OMT 19 maart", "reportlab Times-Roman, 2 pages")
def zz05(d):
    rl_flow(d, [
        ("h", "Verslag OMT mazelen en legionella - 19 maart 2026"),
        ("p", "Vergadering van het Outbreak Management Team, GGD Zuid-Holland Zuid, locatie Dordrecht, "
              "Karel Doormanlaan (vergaderzaal 2.14). Kenmerk GGD-IZB-2026-0417 / OMT-2."),
        ("p", f"Aanwezig: {OUWERKERK.ini} (voorzitter), {RIJSDIJK.ini}, {WIJNGAARDEN.ini}, {SPANJAARD.ini}, "
              f"{DEKEIJZER.ini}, {DAMSMA.ini} (RIVM), {ELKHATIB.full} (specialist ouderengeneeskunde, Rivas "
              f"Zorggroep), {LANTING.ini} (operationeel leider VRZHZ). Verslag: {HAASNOOT.ini}."),
        ("h2", "1. Mazelen"),
        ("p", "Het aantal casussen is gestegen naar 31. De vaccinatiedag van 14 maart trok 212 kinderen. De school "
              f"De Wegwijzer blijft open; directeur {BOOGAARD.full} werkt mee aan de registratie van "
              "afwezigheid. Er zijn geen gevallen van encefalitis gemeld."),
        ("p", f"{DAMSMA.last} meldt dat landelijk 412 casussen zijn geteld in 2026. Het RIVM ziet geen "
              "aanleiding voor een landelijke inhaalcampagne buiten de risicogemeenten."),
        ("h2", "2. Legionella Merwehof"),
        ("p", f"{ELKHATIB.last} geeft aan dat drie bewoners ziek zijn geworden. Eén bewoner, bekend met COPD GOLD III, "
              "is overleden op 19 maart in het Beatrixziekenhuis. Het Beatrixziekenhuis heeft de andere twee "
              "bewoners behandeld met levofloxacine."),
        ("p", f"{DEKEIJZER.last} rapporteert dat in 4 van de 11 watermonsters Legionella pneumophila is "
              "aangetoond (tot 12.000 kve/l) in de douches van afdeling De Linge. Het waterleidingnet "
              "wordt thermisch gedesinfecteerd; de installateur is ingeschakeld. De eigenaar is volgens het "
              "Drinkwaterbesluit verplicht tot een risicoanalyse; de Inspectie Leefomgeving en Transport (ILT) is "
              "geïnformeerd, evenals de Inspectie Gezondheidszorg en Jeugd."),
        ("pb",),
        ("h2", "3. Communicatie"),
        ("p", f"{HAASNOOT.last} heeft een persbericht voorbereid. Journalist {VERWOERD.full} van AD De Dordtenaar "
              "heeft vragen gesteld over het overlijden. Er wordt niet ingegaan op individuele bewoners."),
        ("h2", "4. Besluiten"),
        ("p", "1. De DPG adviseert burgemeester Kolff als voorzitter van de Veiligheidsregio Zuid-Holland Zuid "
              "geen GRIP af te kondigen.\n2. Rivas Zorggroep sluit de douches van De Linge tot twee negatieve "
              "monsterrondes.\n3. De GGD verstuurt een brief aan alle huisartsen in Gorinchem en omgeving."),
        ("h2", "5. Rondvraag en sluiting"),
        ("p", f"{LANTING.last} vraagt om een wekelijkse update voor het regionaal beleidsteam. "
              f"{OUWERKERK.last} sluit om 11.45 uur. Volgende OMT: 26 maart 2026."),
        ("sp", 6),
        ("table", [["Actie", "Eigenaar", "Datum"],
                   ["Huisartsenbrief legionella", "MR", "20 maart"],
                   ["Tweede monsterronde Merwehof", "BdK", "24 maart"],
                   ["Persbericht", "LH", "19 maart"],
                   ["Update regionaal beleidsteam", "IWB", "wekelijks"]], [80, 35, 35]),
    ], font="Times-Roman", size=11.5, header="OMT | vertrouwelijk")
    d.red("PARAPH", "paraaf BdK", "BdK")
    d.red("PARAPH", "paraaf LH", "LH")


# =============================================================================== BCO lists
@doc("zz06", "BCO-lijst casussen mazelen", "reportlab landscape Liberation Sans table, 2 pages")
def zz06(d):
    rows = [["Nr", "Naam", "Geb.datum", "Adres", "Telefoon ouder", "Ziektebeeld / bijzonderheden", "Vacc.", "BCO door"]]
    data = [
        ("M01", GIESSEN_J.full, "14-03-2017", "Kerkstraat 31, 2971 AK Bleskensgraaf", GIESSEN_M.tel,
         "koorts, exantheem vanaf 4-3; otitis media en dehydratie, opgenomen ASz", "nee", VERHOEFF.ini),
        ("M02", VERHEIJ.full, "02-11-2015", "Wilhelminastraat 8, 2971 BC Bleskensgraaf", VERHEIJ_A.tel,
         "exantheem 6-3, thuis hersteld; vaccinatie geweigerd op religieuze gronden", "nee", VERHOEFF.ini),
        ("M03", BLOKLAND.full, "27-06-2019", "Graafdijk-West 17, 2973 XA Molenaarsgraaf", BLOKLAND_G.tel,
         "koorts, conjunctivitis; encefalitis uitgesloten na lumbaalpunctie", "nee", KROONENBERG.ini),
        ("M04", BASSA.full, "09-01-1994", "Achterdijk 4a, 2975 LP Ottoland", BASSA.tel,
         "volwassene, pneumonie; lid van de Gereformeerde Gemeente", "nee", YILMAZER.ini),
        ("M05", KOOREVAAR.full, "18-08-2020", "Zuidzijde 112, 2977 XH Goudriaan", KOOREVAAR_P.tel,
         "koorts, hoesten; broertje van 9 maanden (0-prik gegeven)", "nee", KROONENBERG.ini),
    ]
    for r in data:
        rows.append(list(r))
    blocks = [
        ("h", "Bron- en contactonderzoek mazelen - casuslijst (stand 11 maart 2026)"),
        ("p", "Kenmerk GGD-IZB-2026-0417. Vertrouwelijk medisch: alleen voor het BCO-team IZB. Bron: Osiris en "
              "intakegesprekken. Let op: bij M04 is op 10 maart door de huisarts "
              f"({BROEKHUIZEN.full}, {BROEKHUIZEN.tel}) een tweede consult gedaan."),
        ("table", rows, [10, 32, 20, 45, 24, 80, 12, 24]),
        ("pb",),
        ("h2", "Contacten met verhoogd risico (per casus)"),
        ("table", [["Casus", "Contact", "Relatie", "Risico", "Actie"],
                   ["M01", DEKKER.full + ", " + DEKKER.tel, "buurvrouw, oppas", "zwanger, 24 weken; niet immuun",
                    "immunoglobuline ASz op 9-3"],
                   ["M02", VERHEIJ_A.full + ", " + VERHEIJ_A.email, "moeder", "immuun (doorgemaakt)", "geen"],
                   ["M04", VANTWILLERT.full + " (collega)", "werk, zelfde ruimte",
                    "niertransplantatie, gebruikt tacrolimus", "immunoglobuline, huisarts ingelicht"],
                   ["M05", KOOREVAAR_P.full + ", " + KOOREVAAR_P.email, "vader", "1 BMR gehad", "2e BMR aangeboden"]],
         [14, 70, 40, 70, 60]),
        ("p", f"Lijst bijgehouden door {VERHOEFF.full} en {KROONENBERG.full}. Vragen: infectieziekten@ggdzhz.nl."),
    ]
    rl_flow(d, blocks, font="LiberationSans", size=9, pagesize=landscape(A4), margins=(15, 15, 12, 12),
            header="BCO mazelen | MEDISCH VERTROUWELIJK")


@doc("zz07", "Contactenlijst school De Wegwijzer", "LibreOffice (python-docx, Carlito), table")
def zz07(d):
    docx_flow(d, [
        ("h", "Overzicht contacten groep 3 en 4 - De Wegwijzer Bleskensgraaf"),
        ("p", "Aangeleverd door de school op 8 maart 2026 op verzoek van de GGD (artikel 6 Wet publieke gezondheid). "
              f"Opgesteld door intern begeleider {STAM.full}; gecontroleerd door {KROONENBERG.full}."),
        ("table", [["Leerling", "Groep", "Ouder/verzorger", "Telefoon", "Status BMR (JGZ)", "Opmerking"],
                   [VERHEIJ.full, "4", VERHEIJ_A.full, VERHEIJ_A.tel, "geen", "casus M02"],
                   [GIESSEN_J.full, "3", GIESSEN_M.full, GIESSEN_M.tel, "geen", "casus M01"],
                   [BLOKLAND.full, "3", BLOKLAND_G.full, BLOKLAND_G.tel, "geen", "casus M03"],
                   ["Lucas Hoogerwerf", "4", DEKKER.full, DEKKER.tel, "2x BMR", "moeder zwanger, 24 weken"],
                   ["Elisabeth Vuijk", "3", SCHOUTEN_H.full, SCHOUTEN_H.tel, "1x BMR", "astma"]]),
        ("p", "De school heeft 214 leerlingen; volgens de JGZ is 58 procent volledig gevaccineerd. De directeur "
              f"({BOOGAARD.full}) heeft de lijst per beveiligde mail verstuurd."),
        ("h2", "Afspraken"),
        ("p", "Ongevaccineerde leerlingen zonder doorgemaakte mazelen blijven tot 21 dagen na het laatste contact "
              "thuis (advies LCI-richtlijn Mazelen). De school informeert de ouders; de GGD belt de "
              "ouders van contacten met verhoogd risico."),
    ], font="Carlito", size=10.5, author=STAM.full)
    d.red("PERSON", "Lucas Hoogerwerf", "Lucas")
    d.red("PERSON", "Elisabeth Vuijk", "Elisabeth")
    d.red("HEALTH", "astma", "astma")


@doc("zz08", "BCO legionella Merwehof", "reportlab Carlito table")
def zz08(d):
    rl_flow(d, [
        ("h", "Legionella - bron- en contactonderzoek Zorgcentrum Merwehof"),
        ("kv", [("Kenmerk", "GGD-IZB-2026-0452"), ("Datum", "18 maart 2026"),
                ("Behandelaar", f"{YILMAZER.full}, sociaal verpleegkundige"), ("Arts", RIJSDIJK.full)]),
        ("table", [["Cliënt", "Geb.datum", "Cliëntnr.", "Ziekte-eerste dag", "Klinisch", "Risicofactoren"],
                   [BIKKER.full, "30-05-1938", "CL-20931", "12 maart", "opgenomen op de IC met pneumonie",
                    "COPD GOLD III"],
                   [NOORDERGRAAF.full, "11-12-1941", "CL-20788", "14 maart", "pneumonie, afdeling longziekten",
                    "diabetes mellitus type 2; rookt 20 sigaretten per dag"],
                   [SLUIMER.full, "04-04-1946", "CL-21104", "16 maart", "koorts, verwardheid",
                    "hematologische maligniteit (CLL)"]], [38, 22, 20, 24, 45, 45]),
        ("p", "Blootstelling: alle drie de bewoners douchen dagelijks op afdeling De Linge (kamers 12-18). De "
              "douchekoppen zijn op 17 maart vervangen. Een vierde bewoner, "
              f"{VANTWILLERT.full} (21-09-1939), heeft milde klachten en wordt getest."),
        ("p", f"Familie is geïnformeerd door locatiemanager {HOOGENDOORN.full}. Contactpersoon familie "
              f"{NOORDERGRAAF.last}: {NOORDERGRAAF_D.full}, {NOORDERGRAAF_D.tel}."),
        ("p", "Melding in Osiris gedaan op 16 maart (meldingsplicht groep C, Wpg)."),
    ], font="Carlito", size=10.5, header="GGD ZHZ - IZB - legionella Merwehof")
    d.red("PATIENT_NO", "cliëntnummer CL-21104", "CL-21104")


# =============================================================================== e-mails
def mail(frm, to, date, subj, body, cc=None):
    out = [("small", f"Van: {frm}\nVerzonden: {date}\nAan: {to}" + (f"\nCC: {cc}" if cc else "") +
            f"\nOnderwerp: {subj}"), ("p", body), ("sp", 3)]
    return out


@doc("zz09", "E-mails met directeur De Wegwijzer", "reportlab Helvetica, thread, 2 pages")
def zz09(d):
    b = [("h", "E-mailwisseling GGD - De Wegwijzer (maart 2026)")]
    b += mail(f"{BOOGAARD.full} <{BOOGAARD.email}>", f"{RIJSDIJK.full} <{RIJSDIJK.email}>",
              "zaterdag 7 maart 2026 08:12", "Mazelen op school - wat moeten we doen?",
              f"Geachte heer {RIJSDIJK.last},\n\nGisteravond belde de vader van {GIESSEN_J.first} uit groep 3 dat zijn "
              "dochter mazelen heeft. Het kind ligt in het ziekenhuis. Moeten wij de school sluiten? Veel ouders "
              "hebben bewust niet laten vaccineren en maken zich zorgen. Ik ben vandaag bereikbaar op "
              f"{BOOGAARD.tel}.\n\nMet vriendelijke groet,\n{BOOGAARD.full}\nDirecteur De Wegwijzer, Bleskensgraaf")
    b += mail(f"{RIJSDIJK.full} <{RIJSDIJK.email}>", f"{BOOGAARD.email}",
              "zaterdag 7 maart 2026 10:47", "RE: Mazelen op school - wat moeten we doen?",
              f"Beste heer {BOOGAARD.last},\n\nDank voor uw snelle melding. Sluiting van de school is volgens de "
              "LCI-richtlijn niet nodig en helpt ook niet tegen verdere verspreiding. Wel vragen wij u om vandaag "
              "de bijgevoegde brief aan alle ouders te sturen en ons een lijst te geven van leerlingen van groep 3 "
              "en 4 met de telefoonnummers van hun ouders. Die lijst valt onder de Wet publieke gezondheid; u mag "
              f"deze aan ons verstrekken. Mijn collega {KROONENBERG.full} ({KROONENBERG.tel}) neemt maandag "
              "contact op met uw intern begeleider.\n\nWilt u de naam van de leerling niet in de brief noemen?\n\n"
              f"Met vriendelijke groet,\n{RIJSDIJK.full}\narts infectieziektebestrijding\nGGD Zuid-Holland Zuid | "
              f"T {RIJSDIJK.tel} | algemeen {SWITCH}", cc=f"{KROONENBERG.email}; infectieziekten@ggdzhz.nl")
    b.append(("pb",))
    b += mail(f"{BOOGAARD.full} <{BOOGAARD.email}>", f"{RIJSDIJK.email}",
              "maandag 9 maart 2026 16:30", "RE: RE: Mazelen op school",
              f"Beste {RIJSDIJK.first},\n\nDe lijst is vanmiddag via beveiligde mail verstuurd door {STAM.full}. "
              "Drie gezinnen willen geen contact met de GGD; zij vinden dat ziekte in Gods hand is. Een moeder "
              "van groep 4 is zwanger, 24 weken, en heeft vandaag zelf al met haar verloskundige gebeld. "
              "Verder is de leerkracht van groep 3 sinds vrijdag ziek thuis.\n\n"
              f"Groet,\nArie\n{BOOGAARD.tel}")
    b += mail(f"{KROONENBERG.full} <{KROONENBERG.email}>", f"{BOOGAARD.email}; {STAM.email}",
              "dinsdag 10 maart 2026 09:05", "Afspraken contactonderzoek",
              f"Beste heer {BOOGAARD.last}, beste mevrouw {STAM.last},\n\nWij hebben gisteren alle ouders van de "
              "lijst gebeld. Voor vragen van ouders kunnen zij terecht bij het algemene nummer van de GGD, "
              f"{SWITCH}, of via infectieziekten@ggdzhz.nl. Wilt u ziekmeldingen van leerlingen dagelijks "
              "doorgeven?\n\nVriendelijke groet,\n"
              f"{KROONENBERG.full}\nsociaal verpleegkundige IZB\n{KROONENBERG.tel}")
    rl_flow(d, b, font="Helvetica", size=10, meta={"author": RIJSDIJK.full})


@doc("zz10", "E-mails met Zorgcentrum Merwehof", "LibreOffice (python-docx, Arial)")
def zz10(d):
    b = [("h", "Correspondentie legionella Merwehof")]
    b += mail(f"{HOOGENDOORN.full} <{HOOGENDOORN.email}>", "infectieziekten@ggdzhz.nl",
              "maandag 16 maart 2026 14:22", "Melding: twee bewoners met longontsteking",
              "Goedemiddag,\n\nOp afdeling De Linge zijn twee bewoners opgenomen in het Beatrixziekenhuis met een "
              f"longontsteking. De specialist ouderengeneeskunde, {ELKHATIB.full}, vermoedt legionella. Het gaat "
              f"om mevrouw {BIKKER.last} (kamer 14) en de heer {NOORDERGRAAF.last} (kamer 16). Beiden "
              "douchen op dezelfde gang.\n\nKunt u ons adviseren? Ik ben bereikbaar op "
              f"{HOOGENDOORN.tel}.\n\nMet vriendelijke groet,\n{HOOGENDOORN.full}\nLocatiemanager Zorgcentrum "
              "Merwehof, Rivas Zorggroep")
    b += mail(f"{DEKEIJZER.full} <{DEKEIJZER.email}>", HOOGENDOORN.email,
              "maandag 16 maart 2026 16:05", "RE: Melding: twee bewoners met longontsteking",
              f"Beste mevrouw {HOOGENDOORN.last},\n\nDank voor uw melding. Het advies: sluit de douches van "
              "De Linge per direct, laat bewoners zich wassen aan de wastafel met gespoelde kranen en laat "
              "morgen monsters nemen. Wij komen morgen om 09.00 uur langs met een monsternemer van Aquaservice "
              "Merwede. Heeft u een actueel beheersplan legionella volgens het Drinkwaterbesluit?\n\n"
              f"Met vriendelijke groet,\n{DEKEIJZER.full}\nadviseur medische milieukunde, GGD Zuid-Holland Zuid\n"
              f"{DEKEIJZER.tel}", cc=f"{RIJSDIJK.email}; {ELKHATIB.email}")
    b += mail(f"{ELKHATIB.full} <{ELKHATIB.email}>", f"{DEKEIJZER.email}; {RIJSDIJK.email}",
              "donderdag 19 maart 2026 18:40", "Overlijden bewoner",
              "Geachte collega's,\n\nHelaas moet ik u melden dat mevrouw "
              f"{BIKKER.full} vanmiddag is overleden op 19 maart in het Beatrixziekenhuis. Zij was bekend met "
              "COPD GOLD III. De familie is op de hoogte. Een derde bewoner, mevrouw "
              f"{SLUIMER.last}, heeft sinds gisteren koorts; bij haar is ook een urine-antigeentest ingezet.\n\n"
              f"Met collegiale groet,\n{ELKHATIB.full}, specialist ouderengeneeskunde\nRivas Zorggroep, "
              f"{ELKHATIB.tel}")
    docx_flow(d, b, font="Arial", size=10, author=HOOGENDOORN.full)


@doc("zz11", "E-mail consult RIVM-LCI", "reportlab Liberation Sans")
def zz11(d):
    b = [("h", "Consult LCI - zwangere contactpersoon")]
    b += mail(f"{RIJSDIJK.full} <{RIJSDIJK.email}>", "lci@rivm.nl", "zondag 8 maart 2026 19:14",
              "Consult: zwangere niet-immune contactpersoon mazelen",
              "Beste LCI-dienstdoende,\n\nIn het BCO rond de mazelenuitbraak in Bleskensgraaf is een "
              "contactpersoon bekend die zwanger, 24 weken is en geen antistoffen heeft (IgG negatief, "
              f"labnummer patiënt L26-119207). De blootstelling was op 5 maart als oppas van casus M01. "
              "Is immunoglobuline nog zinvol op dag 4 na blootstelling?\n\nGroet,\n"
              f"{RIJSDIJK.full}, arts IZB, {RIJSDIJK.tel}")
    b += mail(f"{DAMSMA.full} <{DAMSMA.email}>", RIJSDIJK.email, "zondag 8 maart 2026 20:02",
              "RE: Consult: zwangere niet-immune contactpersoon mazelen",
              f"Beste {RIJSDIJK.first},\n\nJa, binnen 6 dagen na blootstelling is humaan normaal immunoglobuline "
              "(intraveneus) geïndiceerd; zie de LCI-richtlijn Mazelen, paragraaf postexpositieprofylaxe. "
              "Overleg met de gynaecoloog van het Albert Schweitzer ziekenhuis. Bel gerust als er vragen zijn: "
              f"{DAMSMA.tel}.\n\nHartelijke groet,\n{DAMSMA.full}\nLCI-arts, Centrum Infectieziektebestrijding, "
              "RIVM, Bilthoven", cc=f"{VELLEKOOP.email}")
    rl_flow(d, b, font="LiberationSans", size=10)


# =============================================================================== press, letters
@doc("zz12", "Perslijn mazelen en legionella", "LibreOffice (python-docx, Verdana requested, DejaVu Sans substituted)")
def zz12(d):
    docx_flow(d, [
        ("h", "Perslijn - mazelen Alblasserwaard en legionella Gorinchem"),
        ("p", "Versie 3, 19 maart 2026. Intern; niet verspreiden. Woordvoering via pers@ggdzhz.nl, 088 308 4100."),
        ("p", f"Opgesteld: {HAASNOOT.full} (communicatieadviseur). Afgestemd met: {RIJSDIJK.ini}, "
              f"{OUWERKERK.ini} (DPG) en de woordvoerder van burgemeester Heijkoop."),
        ("h2", "Kernboodschap mazelen"),
        ("p", "Mazelen is een ernstige en zeer besmettelijke ziekte. De beste bescherming is vaccinatie met het "
              "BMR-vaccin uit het Rijksvaccinatieprogramma. Ouders die twijfelen kunnen contact opnemen met de "
              "JGZ van de GGD."),
        ("h2", "Kernboodschap legionella"),
        ("p", "In Zorgcentrum Merwehof in Gorinchem zijn bewoners ziek geworden door legionella. De GGD en "
              "Rivas Zorggroep hebben maatregelen genomen. Er is geen risico voor omwonenden."),
        ("h2", "Vragen en antwoorden"),
        ("p", "V: Is er iemand overleden?\nA: Wij doen geen uitspraken over individuele bewoners."),
        ("p", "V: Gaat de school dicht?\nA: Nee. Sluiten helpt niet tegen verspreiding (advies RIVM)."),
        ("h2", "Lopende persvragen"),
        ("table", [["Medium", "Journalist", "Vraag", "Status"],
                   ["AD De Dordtenaar", f"{VERWOERD.full} ({VERWOERD.tel})", "Overleden bewoner Merwehof?",
                    "beantwoord met perslijn"],
                   ["Reformatorisch Dagblad", "Ruth Schuttevaer", "Vaccinatiegraad De Wegwijzer", "open"],
                   ["Omroep West", "redactie", "Vaccinatiedag 21 maart", "beantwoord"]]),
        ("p", f"Let op: {VERWOERD.last} heeft ook de familie van een bewoner benaderd."),
    ], font="Verdana", size=10, author=HAASNOOT.full)
    d.red("PERSON", "Ruth Schuttevaer", "Schuttevaer", "Ruth")
    d.keep("ORG", "Reformatorisch Dagblad", "Reformatorisch Dagblad")
    d.keep("ORG", "Omroep West", "Omroep West")


@doc("zz13", "Brief voorzitter veiligheidsregio", "reportlab Times, letterhead, signature image")
def zz13(d):
    from PIL import Image, ImageDraw, ImageFont
    BUILD.mkdir(exist_ok=True)
    sig = Image.new("RGB", (700, 200), "white")
    dr = ImageDraw.Draw(sig)
    dr.text((20, 40), "W. Kolff", font=ImageFont.truetype("/usr/share/fonts/truetype/fifthhorseman/dkg.ttf", 90),
            fill=(20, 30, 90))
    sp = BUILD / "zz13-sig.png"
    sig.save(sp)
    rl_flow(d, [
        ("small", "Veiligheidsregio Zuid-Holland Zuid\nPostbus 350, 3300 AJ Dordrecht\ninfo@vrzhz.nl | 078 770 8000"),
        ("sp", 8),
        ("p", "Aan de colleges van burgemeester en wethouders van de gemeenten in Zuid-Holland Zuid\n"
              "t.a.v. de burgemeesters"),
        ("kv", [("Datum", "20 maart 2026"), ("Ons kenmerk", "VRZHZ/2026/00318"),
                ("Behandeld door", f"{BOUZID.full}, {BOUZID.tel}"), ("Onderwerp", "Mazelen en legionella in de regio")]),
        ("p", "Geachte collega's,"),
        ("p", "Als voorzitter van de Veiligheidsregio Zuid-Holland Zuid informeer ik u over twee uitbraken van "
              "infectieziekten in onze regio. De bestrijding ligt bij de GGD Zuid-Holland Zuid onder "
              "verantwoordelijkheid van de burgemeesters (artikel 6 Wet publieke gezondheid). Er is op dit moment "
              "geen aanleiding om op te schalen naar GRIP."),
        ("p", "Mazelen. Sinds 6 maart zijn in de Alblasserwaard 31 mensen ziek geworden, vooral ongevaccineerde "
              "kinderen. Ik ben burgemeester Heijkoop erkentelijk voor de snelle inzet van het dorpshuis in "
              "Bleskensgraaf voor de extra vaccinatiedagen. Ik roep ouders op het BMR-vaccin alsnog te halen."),
        ("p", "Legionella. In een zorgcentrum in Gorinchem zijn drie bewoners ziek geworden. Burgemeester "
              "Melissant-Briene en ik zijn door de directeur publieke gezondheid geïnformeerd. De bron lijkt "
              "gevonden in het leidingwater van één afdeling; de zorgaanbieder heeft maatregelen genomen."),
        ("p", "Het regionaal beleidsteam wordt wekelijks geïnformeerd door de operationeel leider. Vragen kunt u "
              "stellen aan het secretariaat via info@vrzhz.nl."),
        ("p", "Met vriendelijke groet,"),
        ("img", str(sp), 50, 14),
        ("p", "Wouter Kolff\nburgemeester van Dordrecht\nvoorzitter Veiligheidsregio Zuid-Holland Zuid"),
    ], font="Times-Roman", size=11.5, meta={"author": BOUZID.full})
    d.keep("ADDRESS_ORG", "Postbus 350, 3300 AJ Dordrecht", "Postbus 350")
    d.keep("CASE", "VRZHZ/2026/00318", "VRZHZ/2026/00318")


@doc("zz14", "Brief aan ouders De Wegwijzer", "reportlab DejaVuSerif")
def zz14(d):
    rl_flow(d, [
        ("small", "GGD Zuid-Holland Zuid | Postbus 166 | 3300 AD Dordrecht | 088 308 4000"),
        ("sp", 6),
        ("p", "Aan de ouders en verzorgers van leerlingen van basisschool De Wegwijzer, Bleskensgraaf"),
        ("kv", [("Datum", "7 maart 2026"), ("Kenmerk", "GGD-IZB-2026-0417/ouders-1"),
                ("Onderwerp", "Mazelen op de school van uw kind")]),
        ("p", "Beste ouders en verzorgers,"),
        ("p", "Op de school van uw kind heeft een leerling mazelen. Mazelen is zeer besmettelijk. Kinderen die niet "
              "zijn gevaccineerd met het BMR-vaccin en mazelen niet eerder hebben gehad, kunnen ziek worden. De "
              "eerste klachten zijn koorts, hoesten, snotteren en rode ogen; na een paar dagen volgen rode vlekken."),
        ("p", "Wat vragen wij van u?\n- Is uw kind niet gevaccineerd? Laat uw kind alsnog vaccineren via de JGZ "
              "(afspraak via 088 308 4000).\n- Bent u zwanger en heeft u geen mazelen gehad of geen BMR-vaccinatie? "
              "Neem dan contact op met uw verloskundige of huisarts.\n- Heeft uw kind klachten? Bel eerst de huisarts "
              "en ga niet onaangekondigd naar de praktijk."),
        ("p", "Meer informatie vindt u op de website van het RIVM en van de GGD Zuid-Holland Zuid. Heeft u vragen, "
              "mail dan naar infectieziekten@ggdzhz.nl."),
        ("p", "Met vriendelijke groet,"),
        ("p", f"{RIJSDIJK.full}\narts infectieziektebestrijding\n\n{BOOGAARD.full}\ndirecteur De Wegwijzer"),
    ], font="DejaVuSerif", size=10.5, meta={"author": "GGD ZHZ communicatie"})
    d.keep("ADDRESS_ORG", "Postbus 166, 3300 AD Dordrecht", "Postbus 166")


# =============================================================================== lab forms
def lab_form(d, font, patient, dob, bsn_, pno, labno, req, test, result, extra):
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(d.pdf), pagesize=A4)
    c.setAuthor("LIMS GLIMS 9.4")
    c.setTitle(f"Uitslag {labno}")
    W, H = A4
    c.setFillColorRGB(0.15, 0.3, 0.5)
    c.rect(0, H - 28 * mm, W, 28 * mm, fill=1, stroke=0)
    c.setFillColorRGB(1, 1, 1)
    c.setFont(font[1], 14)
    c.drawString(18 * mm, H - 15 * mm, "Laboratorium Medische Microbiologie")
    c.setFont(font[0], 9)
    c.drawString(18 * mm, H - 22 * mm, "Albert Schweitzer ziekenhuis, Dordrecht - locatie Dordwijk | lab 078 654 1100")
    c.setFillColorRGB(0, 0, 0)
    y = H - 40 * mm
    fields = [("Patiënt", patient), ("Geboortedatum", dob), ("BSN", bsn_), ("Patiëntnummer", pno),
              ("Labnummer", labno), ("Aanvrager", req), ("Afname", "10-03-2026 09:40"), ("Ontvangst", "10-03-2026 11:02")]
    for i, (k, v) in enumerate(fields):
        col = i % 2
        row = i // 2
        x = 18 * mm + col * 90 * mm
        yy = y - row * 7 * mm
        c.setFont(font[1], 9)
        c.drawString(x, yy, k + ":")
        c.setFont(font[0], 9)
        c.drawString(x + 30 * mm, yy, v)
    y -= 36 * mm
    c.line(18 * mm, y, W - 18 * mm, y)
    y -= 8 * mm
    c.setFont(font[1], 10)
    c.drawString(18 * mm, y, "Bepaling")
    c.drawString(95 * mm, y, "Uitslag")
    c.drawString(150 * mm, y, "Referentie")
    c.setFont(font[0], 10)
    for t, r, ref in test:
        y -= 7 * mm
        c.drawString(18 * mm, y, t)
        c.drawString(95 * mm, y, r)
        c.drawString(150 * mm, y, ref)
    y -= 12 * mm
    c.setFont(font[1], 10)
    c.drawString(18 * mm, y, "Conclusie")
    c.setFont(font[0], 10)
    for ln in result:
        y -= 6 * mm
        c.drawString(18 * mm, y, ln)
    y -= 12 * mm
    for ln in extra:
        c.drawString(18 * mm, y, ln)
        y -= 6 * mm
    c.setFont(font[0], 7)
    c.drawString(18 * mm, 12 * mm, "Dit is een geautoriseerde uitslag. Meldingsplichtige ziekte: gemeld aan GGD Zuid-Holland Zuid (Wpg art. 26).")
    c.showPage()
    c.save()


@doc("zz15", "Labuitslag mazelen", "reportlab canvas Courier form")
def zz15(d):
    lab_form(d, ("Courier", "Courier-Bold"), GIESSEN_J.full, "14-03-2017", BSN_GIESSEN, "4478120", "L26-118834",
             f"{BROEKHUIZEN.ini}, huisarts",
             [("Mazelenvirus RNA (PCR) keel", "POSITIEF", "negatief"), ("Mazelen IgM", "IgM positief", "negatief"),
              ("Mazelen IgG", "negatief", "-")],
             ["Recente mazeleninfectie bij ongevaccineerde patiënt.", "Materiaal doorgestuurd naar RIVM voor genotypering."],
             [f"Geautoriseerd: {OUDIJK.full}, arts-microbioloog, 10-03-2026 15:12",
              f"Analist: {SCHIPPER.full}", f"Telefonisch doorgegeven aan {RIJSDIJK.ini} (GGD), {RIJSDIJK.tel}"])
    d.red("HEALTH", "IgM positief (mazelen)", "IgM positief")


@doc("zz16", "Labuitslag legionella", "reportlab canvas Helvetica form")
def zz16(d):
    lab_form(d, ("Helvetica", "Helvetica-Bold"), NOORDERGRAAF.full, "11-12-1941", BSN_NOORDERGRAAF,
             "Beatrix 0873326", "L26-121450", f"{ELKHATIB.ini}, specialist ouderengeneeskunde",
             [("Legionella urine-antigeen", "positief", "negatief"), ("Sputumkweek Legionella", "in bewerking", "-"),
              ("Pneumokokken urine-antigeen", "negatief", "negatief")],
             ["Legionella pneumophila serogroep 1 antigeen aangetoond.", "Advies: kweek voor typering; melding GGD."],
             [f"Geautoriseerd: {OUDIJK.full}, arts-microbioloog", f"Kopie: {RIJSDIJK.ini}, GGD ZHZ; Beatrixziekenhuis Gorinchem"])
    d.keep("ORG", "Laboratorium Medische Microbiologie", "Laboratorium Medische Microbiologie")
    d.red("PATIENT_NO", "labnummer L26-121450", "L26-121450")


@doc("zz17", "Labformulier (scan)", "scan: PIL render, noise, JPEG, no text layer")
def zz17(d):
    L = [(18, 15, "Laboratorium Medische Microbiologie - Albert Schweitzer ziekenhuis", "DejaVuSans", 13),
         (18, 24, "AANVRAAGFORMULIER SEROLOGIE / MOLECULAIRE DIAGNOSTIEK", "DejaVuSans", 11),
         ("box", 15, 32, 195, 110)]
    rows = [("Naam patiënt:", VERHEIJ.full), ("Geboortedatum:", "02-11-2015"), ("BSN:", BSN_VERHEIJ),
            ("Patiëntnummer:", "4490315"), ("Adres:", "Wilhelminastraat 8, 2971 BC Bleskensgraaf"),
            ("Huisarts:", BROEKHUIZEN.full), ("Telefoon ouder:", VERHEIJ_A.tel)]
    y = 38
    for k, v in rows:
        L.append((20, y, k, "DejaVuSans", 11))
        L.append((70, y, v, "DejaVuSans", 12))
        y += 10
    L += [(18, 120, "Klinische gegevens:", "DejaVuSans", 11),
          (18, 130, "Exantheem sinds 6-3, koorts 39,8. Ongevaccineerd.", "DejaVuSans", 12),
          (18, 140, "Contact met bevestigde casus (klasgenoot).", "DejaVuSans", 12),
          (18, 155, "Gevraagd: mazelen PCR keeluitstrijk + IgM/IgG", "DejaVuSans", 12),
          (18, 175, "Afgenomen door: " + YILMAZER.full + " (GGD, thuisbezoek)", "DejaVuSans", 12),
          (18, 185, "Datum afname: 07-03-2026", "DejaVuSans", 12),
          (18, 205, "Labnummer: L26-118902 (in te vullen door lab)", "DejaVuSans", 11)]
    scan_pdf(d, [scan_page(L, 17, rotate=0.7)])
    d.red("PATIENT_NO", "labnummer L26-118902", "L26-118902")


# =============================================================================== WhatsApp, forms, scans
@doc("zz18", "WhatsApp-export team BCO", "reportlab DejaVuSansMono, chat export, 2 pages")
def zz18(d):
    A, S, H, I = VERHOEFF, KROONENBERG, YILMAZER, WIJNGAARDEN
    msgs = [
        ("09-03-2026 07:58", A, "Goedemorgen! Vandaag 40 belletjes BCO De Wegwijzer. Wie pakt groep 4?"),
        ("09-03-2026 08:01", S, "Ik doe groep 4. Lijst staat in de Teams-map BCO mazelen."),
        ("09-03-2026 08:03", H, "Ik neem de kerkdienst van zondag, lijst via de koster."),
        ("09-03-2026 08:15", I, "Top. Denk aan registratie in HPZone, niet in Excel op je laptop!"),
        ("09-03-2026 10:42", A, f"Moeder {VERHEIJ_A.full} wil niet dat we nog bellen. Noteer ik als weigering."),
        ("09-03-2026 10:44", S, f"Ok. Buurvrouw {DEKKER.full} is zwanger, 24 weken, niet immuun. Ik bel Maarten."),
        ("09-03-2026 10:51", H, f"Maarten zegt: immunoglobuline vandaag nog, ASz is ingelicht. Haar nummer is {DEKKER.tel}"),
        ("09-03-2026 13:20", A, f"{BASSA.full} uit Ottoland: hoge koorts, benauwd. Huisarts {BROEKHUIZEN.last} stuurt hem in."),
        ("09-03-2026 13:22", I, "Graag geen namen in de app 🙏 Gebruik de casusnummers (M04)."),
        ("09-03-2026 13:23", A, "Sorry! 🙈"),
        ("10-03-2026 08:05", H, "M04 ligt op de longafdeling ASz, opgenomen op de IC vannacht."),
        ("10-03-2026 08:30", S, "Balen. Ik ben vanmiddag bij het dorpshuis voor de vaccinatiedag-voorbereiding."),
        ("10-03-2026 09:10", I, f"Nieuwe collega vanaf morgen: {TERLOUW.first} {TERLOUW.last} (jeugdarts), nummer {TERLOUW.tel}."),
        ("10-03-2026 09:12", S, "Welkom Femke! Mijn Insta is @sanne_kroon als je foto's van de vaccinatiedag wilt 😉"),
        ("11-03-2026 17:45", H, f"Legionella-melding Merwehof binnengekomen via {HOOGENDOORN.full} ({HOOGENDOORN.tel})."),
        ("11-03-2026 17:47", I, "Die pakt Bas (medische milieukunde). Wij blijven bij mazelen."),
        ("11-03-2026 21:02", A, "Ik ben morgen vrij, mijn dochter heeft waterpokken 🤒 Sanne neemt mijn lijst over."),
        ("12-03-2026 07:30", S, "Prima, beterschap voor de kleine!"),
    ]
    lines = ["WhatsApp-chat met BCO mazelen ZHZ", "Export: 12-03-2026 (ingebracht in Woo-verzoek, zaak GGD-WOO-2026-031)", ""]
    for t, p, m in msgs:
        lines.append(f"[{t}] {p.full}: {m}")
    import textwrap
    wrapped = []
    for ln in lines:
        wrapped.extend(textwrap.wrap(ln, 88, subsequent_indent="    ") or [""])
    half = len(wrapped) // 2 + 4
    rl_flow(d, [("h", "Bijlage 7 - chatexport"), ("pre", "\n".join(wrapped[:half]), "DejaVuSansMono", 8.5), ("pb",),
                ("pre", "\n".join(wrapped[half:]), "DejaVuSansMono", 8.5)],
            font="DejaVuSans", size=10)
    d.red("HEALTH", "dochter heeft waterpokken", "waterpokken")
    d.keep("ORG", "HPZone", "HPZone")
    d.keep("CASE", "GGD-WOO-2026-031", "GGD-WOO-2026-031")


@doc("zz19", "Formulier aanmelding vaccinatie (form fields)", "reportlab canvas + AcroForm fields")
def zz19(d):
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(d.pdf), pagesize=A4)
    c.setTitle("Aanmelding extra BMR-vaccinatie")
    c.setAuthor("GGD Zuid-Holland Zuid")
    W, H = A4
    c.setFont("Helvetica-Bold", 15)
    c.drawString(20 * mm, H - 25 * mm, "Aanmelding extra BMR-vaccinatie (0-prik en inhaalvaccinatie)")
    c.setFont("Helvetica", 9.5)
    c.drawString(20 * mm, H - 33 * mm, "GGD Zuid-Holland Zuid - Jeugdgezondheidszorg - vaccinatiedag 21 maart 2026, Bleskensgraaf")
    c.drawString(20 * mm, H - 39 * mm, "Kenmerk GGD-IZB-2026-0417. Vragen: 088 308 4000 of infectieziekten@ggdzhz.nl")
    fields = [("naam_kind", "Naam kind", KOOREVAAR.full), ("geboortedatum", "Geboortedatum", "18-08-2020"),
              ("bsn", "BSN kind", BSN_BAARS), ("adres", "Adres", "Zuidzijde 112, 2977 XH Goudriaan"),
              ("ouder", "Naam ouder/verzorger", KOOREVAAR_P.full), ("telefoon", "Telefoon", KOOREVAAR_P.tel),
              ("email", "E-mail", KOOREVAAR_P.email), ("medisch", "Medische bijzonderheden", "eczeem, kippeneiwitallergie")]
    y = H - 55 * mm
    form = c.acroForm
    for name, label, val in fields:
        c.setFont("Helvetica", 10)
        c.drawString(20 * mm, y + 2 * mm, label)
        form.textfield(name=name, tooltip=label, x=75 * mm, y=y, width=110 * mm, height=7 * mm, value=val,
                       fontName="Helvetica", fontSize=10, borderWidth=0.5)
        y -= 12 * mm
    c.setFont("Helvetica", 9)
    txt = c.beginText(20 * mm, y - 5 * mm)
    for ln in ["De GGD verwerkt uw gegevens op grond van de Wet publieke gezondheid en de AVG.",
               "Gegevens worden vastgelegd in het dossier JGZ en gemeld aan het RIVM (Rijksvaccinatieprogramma).",
               "Na verwerking wordt dit formulier vernietigd."]:
        txt.textLine(ln)
    c.drawText(txt)
    c.showPage()
    c.save()
    d.hidden("PERSON", KOOREVAAR.full, KOOREVAAR.last, "annotations")
    d.hidden("PERSON", KOOREVAAR_P.full, "Pieter", "annotations")
    d.hidden("DOB", "18-08-2020", "18-08-2020", "annotations")
    d.hidden("BSN", BSN_BAARS, BSN_BAARS, "annotations")
    d.hidden("ADDRESS", "Zuidzijde 112, 2977 XH Goudriaan", "Zuidzijde 112", "annotations")
    d.hidden("PHONE", KOOREVAAR_P.tel, KOOREVAAR_P.tel, "annotations")
    d.hidden("EMAIL", KOOREVAAR_P.email, KOOREVAAR_P.email, "annotations")
    d.hidden("HEALTH", "kippeneiwitallergie", "kippeneiwitallergie", "annotations")


@doc("zz20", "Meldingsformulier (scan, handgeschreven)", "scan: printed form filled in femkeklaver handwriting")
def zz20(d):
    L = [(18, 14, "MELDINGSFORMULIER MELDINGSPLICHTIGE INFECTIEZIEKTEN", "DejaVuSans", 13),
         (18, 22, "Wet publieke gezondheid, artikel 22/26 - melding door arts of laboratorium aan GGD", "DejaVuSans", 9),
         (18, 28, "Faxen/mailen naar: GGD Zuid-Holland Zuid, infectieziekten@ggdzhz.nl", "DejaVuSans", 9),
         ("box", 15, 34, 195, 190)]
    rows = [("Ziekte:", "Mazelen (groep B1)"), ("Naam patiënt:", BASSA.full), ("Geboortedatum:", "09-01-1994"),
            ("Adres:", "Achterdijk 4a, 2975 LP Ottoland"), ("Telefoon:", BASSA.tel),
            ("BSN:", BSN_BAARS), ("Eerste ziektedag:", "5 maart 2026"),
            ("Klinisch:", "pneumonie, opgenomen op de IC"), ("Vaccinatie:", "nee - religieuze gronden"),
            ("Melder:", BROEKHUIZEN.full + ", huisarts"), ("Tel. melder:", BROEKHUIZEN.tel)]
    y = 40
    for k, v in rows:
        L.append((20, y, k, "DejaVuSans", 11))
        L.append((68, y - 2, v, "Femke", 19))
        L.append(("line", 66, y + 7, 190, y + 7))
        y += 13.5
    L.append((20, 200, "Handtekening melder:", "DejaVuSans", 11))
    L.append((75, 196, "G. Broekhuizen", "Dkg", 24))
    L.append((20, 220, "Ontvangen GGD: 10-03-2026, ingevoerd in Osiris door " + YILMAZER.ini, "DejaVuSans", 10))
    scan_pdf(d, [scan_page(L, 20, rotate=-0.8)], author="scanner IZB")


@doc("zz21", "Osiris-melding mazelen (uitdraai)", "reportlab Courier, system printout")
def zz21(d):
    t = f"""OSIRIS - MELDING INFECTIEZIEKTE                     afdruk 11-03-2026 08:41
-----------------------------------------------------------------------------
Meldingsnummer      : 2026-MAZ-00871
Ziekte              : Mazelen
GGD                 : GGD Zuid-Holland Zuid (regio 3300)
Status              : definitief, bevestigd (lab)
-----------------------------------------------------------------------------
PATIENTGEGEVENS
Naam                : {BASSA.full}
Geboortedatum       : 09-01-1994
Geslacht            : man
Postcode/woonplaats : 2975 LP Ottoland
BSN                 : {BSN_BAARS}
-----------------------------------------------------------------------------
KLINIEK
Eerste ziektedag    : 05-03-2026
Ziekenhuisopname    : ja, Albert Schweitzer ziekenhuis, opgenomen op de IC
Complicaties        : pneumonie
Vaccinatiestatus    : ongevaccineerd, vaccinatie geweigerd op religieuze gronden
Geloofsovertuiging  : lid van de Gereformeerde Gemeente in Nederland
-----------------------------------------------------------------------------
BRON / CONTACTEN
Vermoedelijke bron  : kerkdienst 1 maart, Bleskensgraaf
Contacten in BCO    : 37 (zie HPZone)
-----------------------------------------------------------------------------
MELDER
Arts                : {BROEKHUIZEN.full}, huisarts
Ingevoerd door      : Hatice Yilmazer, sociaal verpleegkundige
Geautoriseerd door  : {RIJSDIJK.full}, arts IZB
-----------------------------------------------------------------------------
Vertrouwelijk - gegevens vallen onder het medisch beroepsgeheim (Wpg art. 26, AVG art. 9)
"""
    rl_flow(d, [("pre", t, "Courier", 9)], font="Courier", size=9)


@doc("zz22", "Brief aan familie bewoners Merwehof", "LibreOffice (python-docx, Georgia requested, DejaVu Serif substituted)")
def zz22(d):
    docx_flow(d, [
        ("p", "Rivas Zorggroep - Zorgcentrum Merwehof\nPostbus 90, 4200 AB Gorinchem"),
        ("p", "Aan de familie en eerste contactpersonen van bewoners van afdeling De Linge"),
        ("p", "Gorinchem, 18 maart 2026\nBetreft: legionella in het leidingwater van afdeling De Linge"),
        ("p", "Geachte familie,"),
        ("p", "Wij informeren u graag over een vervelende situatie. Bij twee bewoners van afdeling De Linge is een "
              "longontsteking vastgesteld die is veroorzaakt door de legionellabacterie. Samen met de GGD Zuid-Holland "
              "Zuid zoeken wij naar de bron. Uit voorzorg zijn de douches van De Linge gesloten. Bewoners worden "
              "gewassen aan de wastafel met kranen die dagelijks worden doorgespoeld."),
        ("p", "Legionellose is niet besmettelijk van mens tot mens. U kunt uw familielid dus gewoon bezoeken. "
              "Heeft uw familielid koorts, hoesten of is hij of zij benauwd? Dan neemt de specialist "
              "ouderengeneeskunde contact met u op."),
        ("p", "Voor vragen kunt u terecht bij de receptie van Merwehof (0183 644 200) of bij mij. Medische vragen "
              f"kunt u stellen aan {ELKHATIB.full}, specialist ouderengeneeskunde. Vragen over de rol van de GGD: "
              "infectieziekten@ggdzhz.nl."),
        ("p", "Met vriendelijke groet,"),
        ("p", f"{HOOGENDOORN.full}\nlocatiemanager Zorgcentrum Merwehof\n{HOOGENDOORN.tel} | {HOOGENDOORN.email}"),
        ("sp",),
        ("small", "Bijlage: folder 'Legionella' van het RIVM."),
    ], font="Georgia", size=11, author=HOOGENDOORN.full)
    d.keep("PHONE_ORG", "0183 644 200", "0183 644 200")
    d.keep("ADDRESS_ORG", "Postbus 90, 4200 AB Gorinchem", "Postbus 90")


@doc("zz23", "Memo aan DPG - inzet extra vaccinatiedag", "reportlab LiberationSerif, beslisnota layout, 2 pages")
def zz23(d):
    rl_flow(d, [
        ("h", "Beslisnota"),
        ("kv", [("Aan", f"{OUWERKERK.full}, directeur publieke gezondheid"),
                ("Van", f"{WIJNGAARDEN.full}, teamleider IZB"), ("Datum", "13 maart 2026"),
                ("Kenmerk", "GGD-IZB-2026-0417/BN-02"), ("Onderwerp", "Inzet extra vaccinatiedagen en BCO-capaciteit"),
                ("Contactpersoon", f"{WIJNGAARDEN.last}, {WIJNGAARDEN.tel}, {WIJNGAARDEN.email}"),
                ("Kopie aan", f"{RIJSDIJK.ini}, {TERLOUW.ini} (JGZ)")]),
        ("h2", "Aanleiding"),
        ("p", "De mazelenuitbraak in de Alblasserwaard groeit sneller dan verwacht (31 casussen op 13 maart). Het "
              "BCO vraagt circa 60 uur per week extra. De JGZ kan twee extra vaccinatiedagen organiseren."),
        ("h2", "Geadviseerd besluit"),
        ("p", "Aan de DPG wordt gevraagd:\n1. in te stemmen met vaccinatiedagen op 21 en 28 maart in Bleskensgraaf "
              "en Gorinchem;\n2. in te stemmen met tijdelijke inhuur van twee sociaal verpleegkundigen (12 weken);\n"
              "3. burgemeester Heijkoop en burgemeester Kolff hierover te informeren."),
        ("h2", "Kern"),
        ("p", "Zonder extra capaciteit kan het BCO niet binnen 24 uur na melding worden gestart (norm LCI). "
              f"{VERHOEFF.full} en {KROONENBERG.full} werken sinds 7 maart structureel over. "
              f"{YILMAZER.last} is ook ingezet voor de legionellacasus in Gorinchem."),
        ("pb",),
        ("h2", "Financiën"),
        ("p", "Kosten inhuur: ca. 38.000 euro; vaccins worden geleverd via het Rijksvaccinatieprogramma (RIVM). "
              "De extra kosten worden gemeld bij het ministerie van VWS als meerkosten uitbraakbestrijding."),
        ("h2", "Paraaf"),
        ("table", [["Naam", "Functie", "Paraaf", "Datum"],
                   [WIJNGAARDEN.full, "teamleider IZB", "IWB", "13-03-2026"],
                   [RIJSDIJK.full, "arts IZB", "MR", "13-03-2026"],
                   [OUWERKERK.full, "DPG", "akkoord FO", "14-03-2026"]], [55, 40, 30, 30]),
        MOTIV,
        ("h2", "Motivering"),
        ("p", "In de openbaar gemaakte versie van deze nota zijn alle persoonsgegevens van ambtenaren "
              "geanonimiseerd (artikel 5.1, tweede lid, onder e, Wet open overheid)."),
    ], font="LiberationSerif", size=11, header="GGD Zuid-Holland Zuid | Beslisnota")
    d.red("PARAPH", "paraaf FO", "FO")


@doc("zz24", "E-mail veiligheidsregio over opschaling", "LibreOffice (python-docx, Calibri)")
def zz24(d):
    b = [("h", "Opschaling? - mailwisseling VRZHZ en GGD")]
    b += mail(f"{LANTING.full} <{LANTING.email}>", f"{OUWERKERK.email}", "woensdag 18 maart 2026 21:14",
              "Mazelen + legionella: GRIP?",
              f"Frank,\n\nBurgemeester Kolff vraagt of we naar GRIP 1 moeten, gezien de aandacht in AD De Dordtenaar. "
              "Mijn inschatting: nee, het is monodisciplinair en de GGD heeft het in de hand. Kun je morgen voor 9 "
              f"uur bellen? {LANTING.tel}.\n\nGroet,\nJurre\nOperationeel leider VRZHZ",
              cc=f"{BOUZID.email}")
    b += mail(f"{OUWERKERK.full} <{OUWERKERK.email}>", LANTING.email, "woensdag 18 maart 2026 22:03",
              "RE: Mazelen + legionella: GRIP?",
              "Jurre,\n\nEens: geen GRIP. Ik stel voor dat we het regionaal beleidsteam wekelijks schriftelijk "
              "informeren. Ik bel burgemeester Kolff morgen om 8.30 uur en burgemeester Melissant-Briene daarna. "
              f"Wil {BOUZID.first} een conceptbrief voor de burgemeesters maken?\n\nFrank\n{OUWERKERK.tel}")
    b += mail(f"{BOUZID.full} <{BOUZID.email}>", f"{LANTING.email}; {OUWERKERK.email}",
              "donderdag 19 maart 2026 12:30", "Concept brief voorzitter",
              "Hierbij het concept voor de brief van de voorzitter aan de colleges (kenmerk VRZHZ/2026/00318). "
              "Graag jullie reactie voor 16.00 uur.\n\n"
              f"Met vriendelijke groet,\n{BOUZID.full}\nsecretaris Veiligheidsregio Zuid-Holland Zuid\n{BOUZID.tel}")
    docx_flow(d, b, font="Calibri", size=10.5, author=BOUZID.full)


@doc("zz25", "Actiepuntenlijst IZB-team", "reportlab landscape DejaVuSans table")
def zz25(d):
    rows = [["Nr", "Datum", "Actie", "Eigenaar", "Status"],
            ["1", "07-03", "Brief ouders De Wegwijzer", "MR", "gereed"],
            ["2", "07-03", "Lijst leerlingen groep 3/4 opvragen", "SK", "gereed"],
            ["3", "08-03", "Consult LCI zwangere contactpersoon", "MR", "gereed"],
            ["4", "09-03", "Immunoglobuline regelen ASz (gynaecologie)", "AV", "gereed"],
            ["5", "09-03", "Kerkdienst 1 maart: bezoekerslijst via koster", "HY", "lopend"],
            ["6", "10-03", "Sitrap 2 opstellen", "JS", "gereed"],
            ["7", "12-03", "OMT-verslag verspreiden", "LH", "gereed"],
            ["8", "16-03", "Legionella Merwehof: locatiebezoek", "BdK / HY", "gereed"],
            ["9", "17-03", "Monsterronde leidingwater (Aquaservice Merwede)", "BdK", "lopend"],
            ["10", "18-03", "Capaciteit BCO: inhuur", "IWB", "besluit DPG"],
            ["11", "19-03", "Brief huisartsen Gorinchem (legionella)", "MR", "open"],
            ["12", "19-03", "Woo-verzoek AD De Dordtenaar registreren (woo@ggdzhz.nl)", "LH", "open"]]
    rl_flow(d, [
        ("h", "Actiepuntenlijst team IZB - uitbraken maart 2026"),
        ("p", "Kenmerken GGD-IZB-2026-0417 (mazelen) en GGD-IZB-2026-0452 (legionella). Eigenaren met paraaf: "
              "MR = arts IZB, SK/AV/HY = sociaal verpleegkundigen, JS = epidemioloog, LH = communicatieadviseur, "
              "BdK = medische milieukunde, IWB = teamleider."),
        ("table", rows, [12, 20, 130, 30, 35]),
        ("p", f"Bijgewerkt: 19 maart 2026 door {WIJNGAARDEN.full}."),
    ], font="DejaVuSans", size=10, pagesize=landscape(A4))
    d.red("PARAPH", "paraaf SK", "SK")
    d.red("PARAPH", "paraaf LH", "LH")
    d.red("PARAPH", "paraaf BdK", "BdK")


@doc("zz26", "Rapport bronopsporing legionella", "reportlab LiberationSerif, 2 pages, tables")
def zz26(d):
    rl_flow(d, [
        ("h", "Rapportage bronopsporing legionella - Zorgcentrum Merwehof, Gorinchem"),
        ("kv", [("Opdrachtgever", "GGD Zuid-Holland Zuid, medische milieukunde"),
                ("Uitvoering", f"Aquaservice Merwede B.V., monsternemer {KORTLEVE.full} (certificaat BRL 6010)"),
                ("Contact", f"{KORTLEVE.email}, {KORTLEVE.tel}"), ("Datum bemonstering", "17 maart 2026"),
                ("Rapportnummer", "AQM-2026-1187"), ("Kenmerk GGD", "GGD-IZB-2026-0452")]),
        ("h2", "1. Aanleiding"),
        ("p", "Naar aanleiding van twee (later drie) gevallen van legionellose bij bewoners van afdeling De Linge is op "
              "verzoek van de GGD een bemonstering van de drinkwaterinstallatie uitgevoerd. Zorgcentrum Merwehof is "
              "een prioritaire instelling in de zin van het Drinkwaterbesluit (artikel 35)."),
        ("h2", "2. Resultaten"),
        ("table", [["Monster", "Tappunt", "Temp. (°C)", "Legionella (kve/l)", "Serogroep"],
                   ["M1", "douche kamer 12", "34", "12.000", "L. pneumophila sg 1"],
                   ["M2", "douche kamer 14", "36", "8.500", "L. pneumophila sg 1"],
                   ["M3", "douche kamer 16", "35", "3.100", "L. pneumophila sg 1"],
                   ["M4", "douche kamer 18", "41", "< 100", "-"],
                   ["M5", "keuken afdeling", "52", "< 100", "-"],
                   ["M6", "boiler retour", "55", "< 100", "-"],
                   ["M7", "wastafel kamer 14", "29", "1.200", "L. pneumophila sg 1"]], [18, 45, 25, 35, 45]),
        ("p", "De temperatuur van het warmwaterretour op de gang van De Linge was te laag (34-36 °C) door een "
              "defecte thermostatische mengkraan. Dode leidingen zijn aangetroffen bij twee niet-gebruikte kamers."),
        ("pb",),
        ("h2", "3. Typering en vergelijking met patiëntisolaten"),
        ("p", "Het RIVM (Nationaal Referentielaboratorium Legionella) heeft de isolaten uit M1 en M2 vergeleken met "
              "het sputumisolaat van de patiënt met labnummer L26-121450. De sequentietypes zijn identiek (ST47). "
              f"Typering op verzoek van {OUDIJK.full}, arts-microbioloog Albert Schweitzer ziekenhuis."),
        ("h2", "4. Maatregelen"),
        ("p", "- thermische desinfectie (70 °C, 30 minuten per tappunt) op 18 maart;\n- vervanging van de mengkraan en "
              "verwijdering van dode leidingen door installateur Van Wijk Installatietechniek;\n- herbemonstering op "
              "24 maart en 7 april;\n- actualisering van het beheersplan legionellapreventie."),
        ("h2", "5. Ondertekening"),
        ("p", f"{KORTLEVE.full}, monsternemer\n{DEKEIJZER.full}, adviseur medische milieukunde GGD ZHZ"),
        ("small", "Rapport opgesteld conform NEN 6265 en ISO 11731. Dit rapport mag niet gedeeltelijk worden gereproduceerd."),
    ], font="LiberationSerif", size=11, header="Aquaservice Merwede | AQM-2026-1187",
        meta={"author": KORTLEVE.full, "creator": "AQM LIMS export"})
    d.keep("ORG", "Van Wijk Installatietechniek", "Van Wijk Installatietechniek")
    d.keep("CASE", "AQM-2026-1187", "AQM-2026-1187")
    d.red("PATIENT_NO", "labnummer L26-121450", "L26-121450")


@doc("zz27", "Telefoonnotitie (scan)", "scan: telephone note, typed labels, femkeklaver handwriting, dkg paraph")
def zz27(d):
    L = [(18, 14, "GGD Zuid-Holland Zuid - TELEFOONNOTITIE", "DejaVuSans", 13),
         (18, 22, "Team infectieziektebestrijding  |  dienstdoende arts IZB", "DejaVuSans", 9),
         ("line", 15, 28, 195, 28),
         (18, 34, "Datum / tijd:", "DejaVuSans", 11), (62, 31, "15-03-2026  22.40 uur", "Femke", 20),
         (18, 46, "Beller:", "DejaVuSans", 11), (62, 43, GIESSEN_M.full + " (vader)", "Femke", 20),
         (18, 58, "Telefoon:", "DejaVuSans", 11), (62, 55, GIESSEN_M.tel, "Femke", 20),
         (18, 70, "Betreft:", "DejaVuSans", 11), (62, 67, "dochter Jannigje, casus M01", "Femke", 20),
         (18, 86, "Notitie:", "DejaVuSans", 11),
         (22, 96, "Kind weer thuis uit ASz. Vader vraagt of broertje", "Femke", 19),
         (22, 108, "(9 mnd) naar de opvang mag. Advies: nee, tot", "Femke", 19),
         (22, 120, "21 dagen na laatste contact. Wil geen 0-prik", "Femke", 19),
         (22, 132, "(geloofsovertuiging). Moeder is zwanger, 24 weken.", "Femke", 19),
         (22, 144, "Teruggebeld met advies LCI. Vastgelegd in HPZone.", "Femke", 19),
         (18, 165, "Aangenomen door:", "DejaVuSans", 11), (62, 162, RIJSDIJK.full, "Femke", 20),
         (140, 162, "M.R.", "Dkg", 26)]
    scan_pdf(d, [scan_page(L, 27, rotate=0.4)])


@doc("zz28", "Raadsinformatiebrief Molenlanden", "LibreOffice (python-docx, Arial), 2 pages")
def zz28(d):
    docx_flow(d, [
        ("p", "Gemeente Molenlanden\nRaadsinformatiebrief"),
        ("kv", [("Aan", "de gemeenteraad van Molenlanden"), ("Van", "burgemeester Heijkoop"),
                ("Datum", "16 maart 2026"), ("Zaaknummer", "Z-26-048812"),
                ("Contactpersoon", "Maud Slingerland, beleidsadviseur openbare orde en veiligheid, 0184 606 318"),
                ("Onderwerp", "Mazelenuitbraak in Bleskensgraaf en omgeving")]),
        ("p", "Geachte raadsleden,"),
        ("p", "Met deze brief informeer ik u over de uitbraak van mazelen in onze gemeente. Sinds 6 maart 2026 zijn in "
              "Bleskensgraaf, Molenaarsgraaf, Ottoland en Goudriaan meer dan twintig inwoners ziek geworden, vooral "
              "kinderen. De GGD Zuid-Holland Zuid voert de bestrijding uit op grond van de Wet publieke gezondheid. "
              "Als burgemeester ben ik verantwoordelijk voor de bestrijding van een epidemie van een infectieziekte "
              "in groep B1."),
        ("p", "Wat doen wij?\n- De GGD voert bron- en contactonderzoek uit en adviseert scholen en kinderopvang.\n"
              "- Op 14 en 21 maart kunnen kinderen in het dorpshuis van Bleskensgraaf worden gevaccineerd.\n"
              "- Ik heb overleg gehad met de kerkenraden en schoolbesturen in de Alblasserwaard."),
        ("p", "Wethouder Van der Linden (volksgezondheid) en ik hebben op 13 maart het dorpshuis bezocht. "
              "Wij respecteren dat sommige inwoners vanuit hun geloof niet kiezen voor vaccinatie. Tegelijk vraag ik "
              "iedereen om kwetsbare mensen, zoals zuigelingen en zwangeren, te beschermen."),
        ("pb",),
        ("h2", "Vervolg"),
        ("p", "De GGD houdt mij dagelijks op de hoogte. Ik stel voor dat de raad in de commissie Samenleving van 7 april "
              "een technische briefing krijgt van de directeur publieke gezondheid. Persoonlijke gegevens van zieken "
              "deel ik niet met u; die vallen onder het medisch beroepsgeheim."),
        ("p", "Met vriendelijke groet,\n\nDirk Heijkoop\nburgemeester van Molenlanden"),
        ("small", "Deze brief is ook gepubliceerd op molenlanden.nl. Vragen: gemeente@molenlanden.nl, 14 0184."),
    ], font="Arial", size=11, author="Maud Slingerland")
    d.red("PERSON", "Maud Slingerland", "Slingerland", "Maud")
    d.red("PHONE", "0184 606 318", "0184 606 318")
    d.keep("OFFICE", "wethouder Van der Linden", "Van der Linden")
    d.keep("CASE", "Z-26-048812", "Z-26-048812")
    d.keep("MAILBOX", "gemeente@molenlanden.nl", "gemeente@molenlanden.nl")
    d.keep("PHONE_ORG", "14 0184", "14 0184")


@doc("zz29", "Huisartsenbrief legionella", "reportlab Carlito")
def zz29(d):
    rl_flow(d, [
        ("small", "GGD Zuid-Holland Zuid | Infectieziektebestrijding | 088 308 4000 | infectieziekten@ggdzhz.nl"),
        ("sp", 5),
        ("h", "Aan huisartsen, specialisten ouderengeneeskunde en de huisartsenpost in Gorinchem e.o."),
        ("kv", [("Datum", "20 maart 2026"), ("Kenmerk", "GGD-IZB-2026-0452/HA-1"), ("Betreft", "Cluster legionellose")]),
        ("p", "Geachte collega's,"),
        ("p", "Sinds 12 maart zijn drie bewoners van een zorgcentrum in Gorinchem gediagnosticeerd met legionellose "
              "(Legionella pneumophila serogroep 1). De bron is vermoedelijk het leidingwater van één afdeling. Er is "
              "geen aanwijzing voor een bron buiten de instelling, zoals een koeltoren."),
        ("p", "Wij vragen u bij patiënten met een pneumonie zonder duidelijke verwekker, vooral ouderen en rokers, "
              "een urine-antigeentest op Legionella aan te vragen en een positieve uitslag direct te melden (groep C, "
              "Wpg). Denk ook aan een sputumkweek voor typering."),
        ("p", "Met dank aan de collega's van het Beatrixziekenhuis en het laboratorium van het Albert Schweitzer "
              "ziekenhuis voor de snelle diagnostiek."),
        ("p", "Met collegiale groet,"),
        ("p", f"{RIJSDIJK.full}, arts infectieziektebestrijding\n{DEKEIJZER.full}, medische milieukunde"),
        ("small", f"Bereikbaar voor overleg: {RIJSDIJK.tel} (dienstdoende arts, werkdagen) of 088 308 4000 (algemeen)."),
    ], font="Carlito", size=11)


@doc("zz30", "Uitnodiging vaccinatiedag met notities", "reportlab Helvetica + sticky-note annotations (pikepdf)")
def zz30(d):
    rl_flow(d, [
        ("h", "Uitnodiging: extra vaccinatiedag mazelen"),
        ("p", "Zaterdag 21 maart 2026, 09.00-15.00 uur, dorpshuis Bleskensgraaf, Kerkplein 1."),
        ("p", "Beste ouder of verzorger,"),
        ("p", "In de Alblasserwaard zijn veel kinderen ziek door mazelen. Uw kind heeft nog geen (volledige) "
              "BMR-vaccinatie gehad volgens onze registratie. Op 21 maart kunt u zonder afspraak langskomen. Baby's "
              "vanaf 6 maanden kunnen een extra prik krijgen (0-prik). Neem het groene boekje of vaccinatiebewijs mee."),
        ("p", "Wilt u liever eerst een gesprek met een jeugdarts? Bel dan 088 308 4000. Informatie over het "
              "Rijksvaccinatieprogramma vindt u op rijksvaccinatieprogramma.nl."),
        ("p", "Met vriendelijke groet,\nJeugdgezondheidszorg GGD Zuid-Holland Zuid"),
    ], font="Helvetica", size=11)
    import pikepdf
    with pikepdf.open(d.pdf, allow_overwriting_input=True) as pdf:
        pg = pdf.pages[0]
        notes = [(f"{TERLOUW.full}", "Verstuurd naar 412 adressen; 37 retour. Gezin Verheij expliciet NIET nabellen (weigering)."),
                 (f"{KROONENBERG.full}", f"Gezin Korevaar wil wel komen, vader belt zelf ({KOOREVAAR_P.tel})."),
                 (f"{VERHOEFF.full}", "Tekst afgestemd met LCI; akkoord Maarten 16-03.")]
        arr = pdf.make_indirect(pikepdf.Array())
        for i, (t, c) in enumerate(notes):
            a = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                                                     Rect=[500, 700 - i * 40, 520, 720 - i * 40],
                                                     T=pikepdf.String(t), Contents=pikepdf.String(c),
                                                     Open=False, Name=pikepdf.Name.Comment))
            arr.append(a)
        pg.obj["/Annots"] = arr
        pdf.save(d.pdf)
    d.hidden("PERSON", TERLOUW.full, TERLOUW.last, "annotations")
    d.hidden("PERSON", KROONENBERG.full, KROONENBERG.last, "annotations")
    d.hidden("PERSON", VERHOEFF.full, VERHOEFF.last, "annotations")
    d.hidden("PERSON", "gezin Verheij", "Verheij", "annotations")
    d.hidden("PHONE", KOOREVAAR_P.tel, KOOREVAAR_P.tel, "annotations")
    d.hidden("PERSON", RIJSDIJK.full, "Maarten", "annotations")
    d.keep("PLACE", "Kerkplein 1 (dorpshuis)", "Kerkplein 1")


@doc("zz31", "Dossieroverzicht BCO met bladwijzers", "reportlab DejaVuSans, outline titles name patients, 2 pages")
def zz31(d):
    rl_flow(d, [
        ("h", "Dossier 1 - casus M01"),
        ("p", "Casus M01, meisje, 8 jaar, groep 3 De Wegwijzer. Eerste ziektedag 4 maart 2026. Bevestigd door PCR "
              "(ASz). Bron: onbekend, mogelijk kerkdienst 1 maart. 34 contacten. Status: hersteld, afgesloten 27 maart."),
        ("h", "Dossier 2 - casus M02"),
        ("p", "Casus M02, jongen, 10 jaar, groep 4. Gezin weigert verder contact met de GGD. 12 contacten, "
              "waarvan 9 ongevaccineerd. Advies thuisblijven gegeven aan de school."),
        ("pb",),
        ("h", "Dossier 3 - casus M04"),
        ("p", "Casus M04, man, 32 jaar, Ottoland. Opgenomen in het Albert Schweitzer ziekenhuis. Contact op het werk "
              "met een immuungecompromitteerde collega; postexpositieprofylaxe gegeven. 37 contacten."),
        ("h", "Dossier 4 - legionella cluster"),
        ("p", "Drie cliënten van Zorgcentrum Merwehof (GGD-IZB-2026-0452). Bron: leidingwater afdeling De Linge, "
              "sequentietype ST47 identiek. Zie rapport AQM-2026-1187."),
        ("small", "Dit overzicht gebruikt alleen casusnummers. Namen staan in HPZone."),
    ], font="DejaVuSans", size=10.5,
        outline=[f"M01 - {GIESSEN_J.full} (14-03-2017)", f"M02 - {VERHEIJ.full}",
                 f"M04 - {BASSA.full}, Achterdijk 4a", f"Legionella - {BIKKER.full} e.a."])
    d.hidden("PERSON", GIESSEN_J.full, "Jannigje", "outline")
    d.hidden("DOB", "14-03-2017", "14-03-2017", "outline")
    d.hidden("PERSON", VERHEIJ.full, "Huibert", "outline")
    d.hidden("PERSON", BASSA.full, "Baars", "outline")
    d.hidden("ADDRESS", "Achterdijk 4a", "Achterdijk 4a", "outline")
    d.hidden("PERSON", BIKKER.full, "Bikker-de Haan", "outline")
    d.keep("CASE", "AQM-2026-1187", "AQM-2026-1187")
    d.keep("TERM", "ST47", "ST47")


@doc("zz32", "Evaluatie uitbraken maart 2026", "LibreOffice (python-docx, Cambria requested, DejaVu Serif substituted), 2 pages")
def zz32(d):
    docx_flow(d, [
        ("h", "Evaluatie infectieziektebestrijding maart 2026 - conceptversie 0.3"),
        ("p", f"Opgesteld door {SPANJAARD.full} en {WIJNGAARDEN.full} op verzoek van de DPG. Datum: 8 mei 2026. "
              "Kenmerk GGD-IZB-2026-0417/EV."),
        ("h2", "1. Samenvatting"),
        ("p", "In maart 2026 bestreed de GGD Zuid-Holland Zuid tegelijk een mazelenuitbraak in de Alblasserwaard (48 "
              "casussen, 5 opnames, geen overlijdens) en een legionellacluster in een zorgcentrum in Gorinchem (3 "
              "casussen, 1 overlijden). Het OMT kwam vier keer bijeen, met inbreng van het RIVM."),
        ("h2", "2. Wat ging goed"),
        ("p", "- snelle diagnostiek door het laboratorium van het Albert Schweitzer ziekenhuis;\n- goede samenwerking "
              "met De Wegwijzer en met Rivas Zorggroep;\n- de vaccinatiedagen (612 vaccinaties, waarvan 140 0-prikken);\n"
              "- heldere bestuurlijke lijn: burgemeester Heijkoop en burgemeester Kolff werden dagelijks geïnformeerd."),
        ("h2", "3. Verbeterpunten"),
        ("p", "- In de WhatsApp-groep van het BCO-team zijn namen en medische gegevens gedeeld. Dit is in strijd met de "
              "AVG en het interne protocol. De functionaris gegevensbescherming is ingelicht (datalek "
              "DL-2026-014, niet gemeld bij de AP).\n- De BCO-capaciteit was te krap; twee sociaal verpleegkundigen "
              "hebben ruim 60 uur overgewerkt.\n- De woordvoering tussen gemeente en GGD liep in de eerste dagen niet synchroon."),
        ("pb",),
        ("h2", "4. Aanbevelingen"),
        ("p", "1. Stel een flexpool BCO in met de GGD'en in Zuid-Holland.\n2. Gebruik uitsluitend HPZone en beveiligde "
              "mail voor persoonsgegevens.\n3. Maak met de reformatorische scholen in de Alblasserwaard vooraf afspraken "
              "over informatie-uitwisseling.\n4. Oefen het legionellaprotocol jaarlijks met de zorginstellingen."),
        ("h2", "5. Geïnterviewden"),
        ("table", [["Naam", "Functie / organisatie", "Datum"],
                   [RIJSDIJK.full, "arts IZB, GGD ZHZ", "14 april"],
                   [VERHOEFF.full, "sociaal verpleegkundige, GGD ZHZ", "14 april"],
                   [BOOGAARD.full, "directeur De Wegwijzer", "16 april"],
                   [HOOGENDOORN.full, "locatiemanager Merwehof, Rivas Zorggroep", "17 april"],
                   [DAMSMA.full, "LCI-arts, RIVM", "21 april"],
                   [LANTING.full, "operationeel leider VRZHZ", "22 april"]]),
        ("p", "Vertrouwelijk concept. Niet voor verspreiding buiten het managementteam."),
    ], font="Cambria", size=11, author=SPANJAARD.full)
    d.keep("CASE", "DL-2026-014", "DL-2026-014")


@doc("zz33", "Sitrap 4 legionella en mazelen", "reportlab DejaVuSerif, two-column header table")
def zz33(d):
    rl_flow(d, [
        ("table", [["GGD Zuid-Holland Zuid", "SITRAP 4"],
                   ["Infectieziektebestrijding", "dinsdag 24 maart 2026, 16.00 uur"],
                   ["Kenmerk GGD-IZB-2026-0452 / 0417", f"opsteller: {SPANJAARD.ini}"]], [95, 75]),
        ("h2", "1. Legionella Zorgcentrum Merwehof"),
        ("p", "Totaal drie bevestigde casussen (bewoners), waarvan één overleden. Geen nieuwe casussen sinds 16 maart. "
              "De tweede monsterronde van 24 maart is afgenomen door Aquaservice Merwede; uitslagen verwacht op 31 "
              "maart. Het RIVM bevestigt dat het patiëntisolaat en de watermonsters hetzelfde sequentietype hebben "
              "(ST47). Rivas Zorggroep heeft het beheersplan aangepast; de Inspectie Gezondheidszorg en Jeugd is "
              "door de instelling geïnformeerd over het overlijden."),
        ("p", f"Aandachtspunt: dochter van een bewoner ({NOORDERGRAAF_D.full}) heeft een klacht ingediend over de "
              "informatievoorziening. De klacht wordt behandeld door Rivas Zorggroep; de GGD levert een feitenrelaas."),
        ("h2", "2. Mazelen Alblasserwaard"),
        ("table", [["Week", "Nieuwe casussen", "Cumulatief", "Opnames"],
                   ["10", "12", "12", "1"], ["11", "19", "31", "3"], ["12", "11", "42", "4"], ["13 (t/m di)", "3", "45", "5"]],
         [35, 35, 35, 35]),
        ("p", "De uitbraak lijkt af te vlakken. Vaccinatiedag 21 maart: 288 vaccinaties, waarvan 71 0-prikken. De JGZ "
              "organiseert op 28 maart een dag in Gorinchem. In Sliedrecht en Hardinxveld-Giessendam zijn geen nieuwe "
              "casussen gemeld."),
        ("h2", "3. Bestuurlijk"),
        ("p", "Burgemeester Kolff (voorzitter VRZHZ) en burgemeester Heijkoop zijn op 23 maart bijgepraat door de DPG. "
              "Er is geen GRIP. De raad van Molenlanden krijgt op 7 april een technische briefing."),
        ("h2", "4. Capaciteit"),
        ("p", f"Per 23 maart zijn twee ingehuurde sociaal verpleegkundigen gestart. {VERHOEFF.last} is tot 27 maart "
              f"afwezig; {KROONENBERG.last} coördineert het BCO. Bereikbaarheid IZB: 088 308 4000."),
    ], font="DejaVuSerif", size=10, header="Sitrap 4 | vertrouwelijk")


@doc("zz34", "Presentielijst OMT (scan)", "scan: typed list with handwritten signatures")
def zz34(d):
    L = [(18, 16, "PRESENTIELIJST OUTBREAK MANAGEMENT TEAM", "DejaVuSans", 14),
         (18, 25, "GGD Zuid-Holland Zuid - 26 maart 2026 - Dordrecht, Karel Doormanlaan", "DejaVuSans", 10),
         (18, 38, "Naam", "DejaVuSans", 11), (85, 38, "Organisatie", "DejaVuSans", 11), (150, 38, "Paraaf", "DejaVuSans", 11),
         ("line", 15, 45, 195, 45)]
    people = [(OUWERKERK, "GGD ZHZ (DPG, vz)"), (RIJSDIJK, "GGD ZHZ, arts IZB"), (SPANJAARD, "GGD ZHZ, epidemiologie"),
              (DEKEIJZER, "GGD ZHZ, MMK"), (DAMSMA, "RIVM / LCI"), (ELKHATIB, "Rivas Zorggroep"),
              (OUDIJK, "ASz, microbiologie"), (LANTING, "VRZHZ"), (HAASNOOT, "GGD ZHZ, communicatie")]
    y = 52
    for p, org in people:
        L.append((18, y, p.full, "DejaVuSans", 12))
        L.append((85, y, org, "DejaVuSans", 11))
        L.append((150, y - 3, p.first[0] + p.last.split()[-1][:3], "Dkg", 22))
        L.append(("line", 15, y + 9, 195, y + 9))
        y += 14
    L.append((18, y + 8, "Afwezig met bericht: " + TERLOUW.full + " (JGZ)", "DejaVuSans", 11))
    scan_pdf(d, [scan_page(L, 34, rotate=-0.5)])


# =============================================================================== main
def main(argv):
    want = set(argv)
    DOCS_DIR.mkdir(exist_ok=True)
    GOLD_DIR.mkdir(exist_ok=True)
    BUILD.mkdir(exist_ok=True)
    sel = [x for x in DOCS if not want or x[0] in want]
    made = []
    for stem, title, producer, fn in sel:
        from common import Doc
        d = Doc(stem, title, producer)
        fn(d)
        made.append(d)
    flush_docx()
    reds = red_items()
    for d in made:
        g = build_gold(d, reds, KEEP)
        nr = sum(len(i["probes"]) for i in g["redact"])
        nk = sum(len(i["probes"]) for i in g["keep"])
        print(f"{d.stem}: pages={d.pages} redact={nr} keep={nk} scan={d.scan} ({d.producer})")
    shutil.rmtree(BUILD, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])
