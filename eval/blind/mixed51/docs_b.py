"""Set BI documents 09-20."""
from __future__ import annotations

from pathlib import Path

import docx
from docx.shared import Pt, Cm
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Spacer, PageBreak
from reportlab.pdfgen import canvas

from lib import (P, R, K, build_rl, styles, table, soffice_pdf, chromium_pdf, hide, scan_pdf, bsn, iban)

DOCS = []


def reg(name):
    def deco(fn):
        DOCS.append((name, fn))
        return fn
    return deco


def _docx_table(d, rows, size=8.5, widths=None):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    if widths:
        t.autofit = False
        for j, w in enumerate(widths):
            t.columns[j].width = Cm(w)
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            cell = t.cell(i, j)
            cell.text = v
            if widths:
                cell.width = Cm(widths[j])
            for p in cell.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(size)
                    run.bold = (i == 0)
    return t


# ------------------------------------------------------------------ 09
@reg("bi09_ocw_routeringsblad")
def d09(out: Path, work: Path):
    d = docx.Document()
    d.styles["Normal"].font.name = "DejaVu Sans"
    d.styles["Normal"].font.size = Pt(9.5)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Ministerie van Onderwijs, Cultuur en Wetenschap – Routeringsblad"
    sec.footer.paragraphs[0].text = "OCW | Rijnstraat 50 | 2515 XP Den Haag | intern gebruik"
    d.add_heading("Routeringsblad / parafenlijst", level=1)
    _docx_table(d, [("Onderwerp", "Beantwoording Kamervragen van het lid Bontenbal (CDA) over het lerarentekort in het primair onderwijs"),
                    ("Kenmerk", "OCW/2025/51877"),
                    ("Opsteller", "Nadia el Khattabi, Directie Primair Onderwijs, toestel 9318"),
                    ("Deadline", "2 mei 2025 (Kamer: 21 dagen verstreken)"),
                    ("Ter besluitvorming aan", "minister Bruins")], size=9)
    d.add_paragraph("")
    _docx_table(d, [("Rol", "Naam", "Paraaf", "Datum", "Opmerking"),
                    ("Opsteller", "N. el Khattabi", "NeK", "22-4", ""),
                    ("Teamleider", "Bram Oosthoek", "BO", "23-4", "akkoord"),
                    ("Directie FEZ", "J.W. Kloosterboer", "JWK", "24-4", "geen financiële gevolgen"),
                    ("Directeur PO", "drs. L.M. Schreuder-Vos", "LSV", "24-4", "akkoord, zie tekstsuggestie r. 14"),
                    ("DG Funderend onderwijs", "DGFO", "akkoord", "25-4", ""),
                    ("Woordvoering", "woordvoerder Van Kempen-Mulder", "", "25-4", "geen persgevoeligheid"),
                    ("SG", "SG", "gezien", "28-4", "")], size=8.5)
    d.add_paragraph("")
    d.add_paragraph("Geraadpleegd bij de totstandkoming: Dienst Uitvoering Onderwijs (DUO), Inspectie van het "
                    "Onderwijs, PO-Raad, Centraal Bureau voor de Statistiek. De cijfers over het lerarentekort "
                    "komen uit de Trendrapportage Arbeidsmarkt Leraren 2024.")
    d.add_paragraph("Opmerking LSV: vraag 3 gaat over één school in Almere-Buiten waar een leerkracht langdurig "
                    "ziek is; in het antwoord geen herleidbare informatie opnemen. — NeK: aangepast.")
    d.add_paragraph("Let op: staatssecretaris Paul is medeverantwoordelijk voor vraag 6 (onderwijsachterstanden). "
                    "Afstemming met haar staf via Bram.")
    d.core_properties.author = "OCW"
    src = work / (out.stem + ".docx")
    d.save(src)
    soffice_pdf(src, work).replace(out)
    redact = [R("PERSON", "Nadia el Khattabi", "Khattabi", "Nadia"), R("PHONE", "toestel 9318", "9318"),
              R("PARAPH", "NeK", "NeK"), R("PERSON", "Bram Oosthoek", "Oosthoek", "Bram"),
              R("PARAPH", "BO", "BO"),
              R("PERSON", "J.W. Kloosterboer", "Kloosterboer"), R("PARAPH", "JWK", "JWK"),
              R("PERSON", "drs. L.M. Schreuder-Vos", "Schreuder-Vos"), R("PARAPH", "LSV", "LSV")]
    keep = [K("OFFICEHOLDER", "lid Bontenbal (CDA)", "Bontenbal"), K("OFFICEHOLDER", "minister Bruins", "Bruins"),
            K("OFFICEHOLDER", "staatssecretaris Paul", "Paul"),
            K("SPOKESPERSON", "woordvoerder Van Kempen-Mulder", "Van Kempen-Mulder"),
            K("ROLE", "DGFO"), K("ROLE", "SG"), K("ORG", "Dienst Uitvoering Onderwijs"), K("ORG", "DUO"),
            K("ORG", "PO-Raad"), K("ORG", "Centraal Bureau voor de Statistiek"), K("PLACE", "Almere-Buiten"),
            K("DOC", "Trendrapportage Arbeidsmarkt Leraren 2024"), K("ID", "OCW/2025/51877"),
            K("ADDRESS_ORG", "Rijnstraat 50")]
    return redact, keep


# ------------------------------------------------------------------ 10
@reg("bi10_kamerbrief_concept_opmerkingen")
def d10(out: Path, work: Path):
    d = docx.Document()
    d.styles["Normal"].font.name = "DejaVu Serif"
    d.styles["Normal"].font.size = Pt(10.5)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "CONCEPT – niet verspreiden – versie 0.4 (14-05-2025)"
    sec.footer.paragraphs[0].text = "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties | DG Digitalisering en Overheidsorganisatie"
    d.add_paragraph("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nPostbus 20018\n2500 EA Den Haag")
    d.add_paragraph("Datum\t[datum]\nBetreft\tVoortgang Open Overheid en uitvoering Woo 2025")
    d.add_paragraph("Geachte voorzitter,")
    paras = [
        "Met deze brief informeer ik uw Kamer over de voortgang van het Programma Open Overheid en de uitvoering "
        "van de Wet open overheid (Woo). Ik doe daarmee de toezegging gestand die ik heb gedaan aan het lid "
        "Sneller (D66) tijdens het commissiedebat Digitalisering van 5 februari 2025.",
        "[AvdM: kan dit concreter? Hoeveel verzoeken precies?] In 2024 ontvingen de ministeries samen ruim "
        "5.300 Woo-verzoeken. De gemiddelde afhandeltermijn daalde van 159 naar 131 dagen. Het Adviescollege "
        "Openbaarheid en Informatiehuishouding (ACOI) constateert dat de termijnen nog steeds ruim worden "
        "overschreden.",
        "Actieve openbaarmaking. Sinds 1 november 2024 publiceren alle ministeries beslisnota's bij "
        "Kamerstukken op open.overheid.nl. [Opmerking Joyce: afstemmen met JenV, zij publiceren pas vanaf "
        "januari.] De informatiecategorieën van artikel 3.3 Woo worden gefaseerd aangesloten op de "
        "Generieke Woo-voorziening (GWV), beheerd door KOOP.",
        "Informatiehuishouding. Het Rijksprogramma voor Duurzame Digitale Informatiehuishouding (RDDI) loopt "
        "tot en met 2026. (tekst over archivering chatberichten vervallen na overleg met Kees Bulthuis, "
        "Nationaal Archief) Ik zal uw Kamer voor het einde van het jaar informeren over de bewaartermijnen "
        "van chatberichten van bewindspersonen.",
        "[AvdM: hier ook iets over de motie-Omtzigt? Check met PDO.] Over de uitvoering van de motie van het "
        "lid Omtzigt over de openbaarmaking van beslisnota's bij wetsvoorstellen informeer ik uw Kamer bij "
        "de volgende voortgangsbrief.",
        "Capaciteit. Het aantal fte voor Woo-behandeling is bij de ministeries gestegen met 14 procent. "
        "Bij Financiën, Justitie en Veiligheid en Volksgezondheid, Welzijn en Sport zijn centrale Woo-teams "
        "ingericht.",
    ]
    for p in paras:
        d.add_paragraph(p)
    d.add_paragraph("De staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties,\n\n\n"
                    "Zsolt Szabó")
    d.add_page_break()
    d.add_paragraph("Toelichting bij concept (alleen intern)")
    _docx_table(d, [("Versie", "Datum", "Wijziging", "Door"),
                    ("0.1", "28-04", "eerste opzet", "AvdM"),
                    ("0.2", "06-05", "cijfers ACOI verwerkt", "Joyce Kanters-Ridderhof"),
                    ("0.3", "09-05", "juridische toets", "DWJZ"),
                    ("0.4", "14-05", "opmerkingen PDO verwerkt", "AvdM")], size=9)
    d.add_paragraph("")
    d.add_paragraph("Contact: Arjen van der Meulen (PDO), a.vandermeulen@minbzk.nl, 06-1173 2284. Bij "
                    "afwezigheid: postbus Open Overheid, openoverheid@minbzk.nl.")
    d.core_properties.author = "Ilse Brandsma"
    d.core_properties.title = "Concept Kamerbrief voortgang Open Overheid"
    src = work / (out.stem + ".docx")
    d.save(src)
    soffice_pdf(src, work).replace(out)
    hide(out, notes=[(0, [430, 640, 450, 660], "Graag check bij Linda Ouwerkerk-Sahin of de 5.300 klopt", "Gerrit-Jan Wolters"),
                     (1, [430, 700, 450, 720], "Versietabel verwijderen voor verzending", "Gerrit-Jan Wolters")])
    redact = [R("PARAPH", "AvdM (Arjen van der Meulen)", "AvdM"),
              R("PERSON", "Arjen van der Meulen", "Meulen", "Arjen"), R("EMAIL", "a.vandermeulen@minbzk.nl"),
              R("PHONE", "06-1173 2284"),
              R("PERSON", "Joyce Kanters-Ridderhof", "Kanters-Ridderhof", "Joyce"),
              R("PERSON", "Kees Bulthuis (Nationaal Archief)", "Bulthuis", "Kees"),
              R("PERSON", "Ilse Brandsma (Info Author, hidden)", "Brandsma"),
              R("PERSON", "Gerrit-Jan Wolters (note author, hidden)", "Wolters"),
              R("PERSON", "Linda Ouwerkerk-Sahin (in sticky note, hidden)", "Ouwerkerk-Sahin")]
    keep = [K("PROGRAMME", "Programma Open Overheid"), K("LAW", "Wet open overheid"),
            K("OFFICEHOLDER", "lid Sneller (D66)", "Sneller"), K("OFFICEHOLDER", "lid Omtzigt", "Omtzigt"),
            K("OFFICEHOLDER", "Zsolt Szabó (staatssecretaris, signing)", "Szabó"),
            K("ORG", "Adviescollege Openbaarheid en Informatiehuishouding"), K("ORG", "ACOI"),
            K("ORG", "KOOP"), K("PRODUCT", "Generieke Woo-voorziening"), K("ORG", "Nationaal Archief"),
            K("PROGRAMME", "Rijksprogramma voor Duurzame Digitale Informatiehuishouding"),
            K("MAILBOX", "openoverheid@minbzk.nl"), K("ACRONYM", "PDO"), K("ACRONYM", "DWJZ"),
            K("WEB", "open.overheid.nl"), K("ADDRESS_ORG", "Postbus 20018")]
    return redact, keep


# ------------------------------------------------------------------ 11
@reg("bi11_teams_chat_bzk")
def d11(out: Path, work: Path):
    msgs = [
        ("Kramer, Tessa (BZK/DGVB)", "09:02", "Goedemorgen! De VNG belt straks over het Woo-verzoek Woningbouwimpuls. Wie neemt dat?"),
        ("Oyelaran, Femi (BZK)", "09:04", "Ik kan om 10 uur. @Tessa heb jij de inventarislijst al naar Pepijn gestuurd?"),
        ("Kramer, Tessa (BZK/DGVB)", "09:05", "Nee nog niet, komt eraan. Pepijn zit vandaag bij Financiën op Korte Voorhout."),
        ("Lindeboom, Pepijn (FIN)", "09:11", "Ik lees mee 👋 Stuur maar naar p.lindeboom@minfin.nl, niet naar de Rijkspas-mailbox."),
        ("Oyelaran, Femi (BZK)", "09:15", "Woordvoerder Kortekaas wil voor het Kamerdebat een Q&A. Minister Keijzer doet het debat, niet Uitermark."),
        ("Kramer, Tessa (BZK/DGVB)", "09:17", "Ok. Femi, kun jij de Q&A maken? Ik zit vanmiddag bij de tandarts (wortelkanaalbehandeling 🙈), ben vanaf 15.00 terug."),
        ("Lindeboom, Pepijn (FIN)", "09:20", "Bel me anders even op 06 14 90 22 73, Teams hapert hier."),
        ("Oyelaran, Femi (BZK)", "09:31", "Check. Ik neem ook de e-mail van mevrouw Oudejans-Brink mee, die is gevoelig."),
        ("Kramer, Tessa (BZK/DGVB)", "09:33", "Top. En let op: de naam van de projectleider van Almere Pampus moet eruit, die van wethouder Ouarraou niet."),
        ("Lindeboom, Pepijn (FIN)", "09:40", "👍 PL"),
    ]
    rows = "".join(f'<div class="m"><div class="who">{w} <span class="t">{t}</span></div><div class="txt">{x}</div></div>'
                   for w, t, x in msgs)
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Microsoft Teams – chat</title>
<style>body{{font-family:'DejaVu Sans Condensed','DejaVu Sans',sans-serif;font-size:10pt;margin:14mm 16mm;background:#fff}}
.top{{background:#464775;color:#fff;padding:8px 12px;font-weight:bold;font-size:11pt}}
.meta{{color:#555;font-size:8.5pt;margin:6px 0 12px 0}}
.m{{margin:0 0 9px 0;padding:6px 10px;background:#f3f2f1;border-radius:6px}}
.who{{font-weight:bold;color:#333}} .t{{font-weight:normal;color:#777;font-size:8.5pt;margin-left:6px}}
.txt{{margin-top:2px}}</style></head><body>
<div class="top">Woo Woningbouwimpuls – afstemming (groepschat)</div>
<div class="meta">Export Microsoft Teams, 20-01-2025 · Deelnemers: Kramer, Tessa (BZK/DGVB); Oyelaran, Femi (BZK); Lindeboom, Pepijn (FIN)
· Woo-verzoek 2025-0000183412, document 0014</div>
{rows}
<div class="meta">Einde export – 10 berichten</div>
</body></html>"""
    chromium_pdf(html, out, work)
    redact = [R("PERSON", "Tessa Kramer", "Kramer", "Tessa"), R("PERSON", "Femi Oyelaran", "Oyelaran", "Femi"),
              R("PERSON", "Pepijn Lindeboom", "Lindeboom", "Pepijn"), R("EMAIL", "p.lindeboom@minfin.nl"),
              R("PHONE", "06 14 90 22 73"), R("PARAPH", "PL (sign-off)", "PL"),
              R("HEALTH", "wortelkanaalbehandeling (health of named employee)", "wortelkanaalbehandeling"),
              R("PERSON", "mevrouw Oudejans-Brink", "Oudejans-Brink")]
    keep = [K("SPOKESPERSON", "Woordvoerder Kortekaas", "Kortekaas"), K("OFFICEHOLDER", "Minister Keijzer", "Keijzer"),
            K("OFFICEHOLDER", "Uitermark"), K("OFFICEHOLDER", "wethouder Ouarraou", "Ouarraou"),
            K("ORG", "VNG"), K("ADDRESS_ORG", "Korte Voorhout"), K("PLACE", "Almere Pampus"),
            K("PROGRAMME", "Woningbouwimpuls"), K("PRODUCT", "Microsoft Teams"), K("PRODUCT", "Rijkspas")]
    return redact, keep


# ------------------------------------------------------------------ 12
@reg("bi12_whatsapp_woordvoerder")
def d12(out: Path, work: Path):
    st = styles("courier", 8.6)
    lines = [
        "WhatsApp-chat met woordvoerder Daan Kortekaas",
        "Geëxporteerd op 12-03-2025 door de telefoon van: Hanneke Stroeve-Mertens (DGVB)",
        "",
        "03-03-2025 07:48 - Daan Kortekaas: Goedemorgen. NOS belt over de huurtoeslag 2026. Klopt het bedrag van 612 mln?",
        "03-03-2025 07:52 - Hanneke Stroeve-Mertens: Ja, maar dat is exclusief de kasschuif. Check nog bij Jeroen van FIN.",
        "03-03-2025 07:53 - Daan Kortekaas: Heb je zijn nummer?",
        "03-03-2025 07:55 - Hanneke Stroeve-Mertens: Jeroen Pranger FIN.vcf (bestand bijgevoegd)",
        "03-03-2025 08:10 - Daan Kortekaas: Minister Keijzer staat om 9 uur bij Nieuwsuur-redactie in Hilversum.",
        "03-03-2025 08:11 - +31 6 2290 4417: Hoi, dit is Ralph van de persdesk, Daan vroeg me mee te lezen.",
        "03-03-2025 08:14 - Hanneke Stroeve-Mertens: Hoi Ralph. Lijn: 'het kabinet trekt in 2026 extra geld uit",
        "                    voor de huurtoeslag, de precieze verdeling volgt bij de Voorjaarsnota'.",
        "03-03-2025 08:15 - Daan Kortekaas: Helder. Mag ik Mark Rutte-achtig 'we gaan er niet over' zeggen? 😉",
        "03-03-2025 08:16 - Hanneke Stroeve-Mertens: Liever niet haha. En niets over de Aedes-brief.",
        "03-03-2025 08:40 - Hanneke Stroeve-Mertens: Ik ben vandaag vanaf 12 uur weg, zwangerschapscontrole.",
        "                    Vervanging: Gülsen Demirtas, 070 426 61 38.",
        "03-03-2025 08:41 - Daan Kortekaas: Succes! 🙏",
        "03-03-2025 11:02 - Daan Kortekaas: NOS gebruikt de quote van minister Keijzer uit het AD. Klaar.",
        "<Einde van gesprek>",
    ]
    from xml.sax.saxutils import escape
    story = [P(escape(l).replace(" ", "&nbsp;") if l.startswith(" ") else escape(l) or "&nbsp;", st["t"]) for l in lines]
    build_rl(out, story, font="courier", margins=(18, 16, 18, 16),
             footer="WhatsApp-export 'woordvoering huurtoeslag' – Woo-verzoek 2025-0000183412 doc. 0028",
             meta={"title": "WhatsApp Chat met woordvoerder", "author": ""})
    redact = [R("PERSON", "Hanneke Stroeve-Mertens", "Stroeve-Mertens", "Hanneke"),
              R("PERSON", "Jeroen Pranger (FIN)", "Pranger", "Jeroen"),
              R("PHONE", "+31 6 2290 4417 (unsaved contact)", "+31 6 2290 4417"),
              R("PERSON", "Ralph (persdesk)", "Ralph"),
              R("HEALTH", "zwangerschapscontrole (health of named employee)", "zwangerschapscontrole"),
              R("PERSON", "Gülsen Demirtas", "Demirtas", "Gülsen"), R("PHONE", "070 426 61 38")]
    keep = [K("SPOKESPERSON", "woordvoerder Daan Kortekaas", "Kortekaas"),
            K("OFFICEHOLDER", "Minister Keijzer", "Keijzer"), K("ORG", "NOS"), K("ORG", "Nieuwsuur"),
            K("PLACE", "Hilversum"), K("DOC", "Voorjaarsnota"), K("ORG", "Aedes"), K("ORG", "AD"),
            K("FORMER_PM", "Mark Rutte (public figure, in a joke)", "Rutte")]
    return redact, keep


# ------------------------------------------------------------------ 13
@reg("bi13_signal_export_jenv")
def d13(out: Path, work: Path):
    st = styles("djmono", 8.2)
    from xml.sax.saxutils import escape
    lines = [
        "Signal – groep 'Crisisteam JenV demonstratie A12' (export t.b.v. Woo-verzoek 2025-JV-0391)",
        "Leden: Marieke, Bas-Jan, Choukri, Ellemieke, +31 6 3081 5527",
        "",
        "[11-01-2025 10:02] Marieke: Politie meldt ca. 700 demonstranten bij de Utrechtsebaan.",
        "[11-01-2025 10:03] Bas-Jan: Burgemeester Van Zanen heeft een noodbevel afgekondigd.",
        "[11-01-2025 10:05] Choukri: Minister Van Weel wil om 11 uur een update. Ik bel met Ellemieke (DGPenV).",
        "[11-01-2025 10:09] +31 6 3081 5527: Dit is Wessel van der Harst-Bouma, liaison Nationale Politie. Mag ik",
        "                   in deze groep blijven?",
        "[11-01-2025 10:10] Marieke: Ja Wessel, welkom. Graag updates over aanhoudingen.",
        "[11-01-2025 10:41] +31 6 3081 5527: 34 aanhoudingen. Eén arrestant, Jorrit K., is bekende van ons",
        "                   (eerder veroordeeld wegens openlijke geweldpleging).",
        "[11-01-2025 10:44] Choukri: Geen namen van arrestanten in deze groep aub.",
        "[11-01-2025 10:52] Ellemieke: Staatssecretaris Struycken is ingelicht. Persmoment 13:00 in de Hofpoort.",
        "[11-01-2025 11:15] Bas-Jan: Extinction Rebellion kondigt vervolgactie aan op 25 januari.",
        "[11-01-2025 11:20] Marieke: Ik ga naar huis, migraine. Choukri neemt over. Mijn privénummer: 06-1038 6652.",
        "[11-01-2025 11:21] Choukri: Beterschap! 👍",
    ]
    story = [P(escape(l).replace("  ", "&nbsp;&nbsp;") or "&nbsp;", st["t"]) for l in lines]
    story += [Spacer(1, 6 * mm),
              P("Deelnemers (ambtelijk): Marieke Dijkgraaf-Onstenk (DGPenV), Bas-Jan Hoefnagels (NCTV), "
                "Choukri Benali (directie Communicatie JenV), Ellemieke van Ommeren (DGPenV).", styles("djsans", 8)["t"])]
    build_rl(out, story, font="djmono", margins=(18, 14, 18, 14),
             footer="Woo 2025-JV-0391 – document 12",
             meta={"title": "Signal export crisisteam", "author": ""})
    redact = [R("PERSON", "Marieke Dijkgraaf-Onstenk", "Dijkgraaf-Onstenk", "Marieke"),
              R("PERSON", "Bas-Jan Hoefnagels", "Hoefnagels", "Bas-Jan"),
              R("PERSON", "Choukri Benali", "Benali", "Choukri"),
              R("PERSON", "Ellemieke van Ommeren", "Ommeren", "Ellemieke"),
              R("PHONE", "+31 6 3081 5527"),
              R("PERSON", "Wessel van der Harst-Bouma (politie)", "Harst-Bouma", "Wessel"),
              R("PERSON", "Jorrit K. (arrestant)", "Jorrit K.", "Jorrit"),
              R("CRIMINAL", "eerder veroordeeld wegens openlijke geweldpleging", "veroordeeld wegens openlijke geweldpleging"),
              R("HEALTH", "migraine (named employee)", "migraine"),
              R("PHONE", "06-1038 6652")]
    keep = [K("OFFICEHOLDER", "Burgemeester Van Zanen", "Van Zanen"), K("OFFICEHOLDER", "Minister Van Weel", "Van Weel"),
            K("OFFICEHOLDER", "Staatssecretaris Struycken", "Struycken"), K("ORG", "Nationale Politie"),
            K("ORG", "Extinction Rebellion"), K("PLACE", "Utrechtsebaan"), K("BUILDING", "Hofpoort"),
            K("ACRONYM", "DGPenV"), K("ORG", "NCTV"), K("ROAD", "A12")]
    return redact, keep


# ------------------------------------------------------------------ 14
@reg("bi14_outlook_vergadering_kgg")
def d14(out: Path, work: Path):
    st = styles("helv", 9.5)
    story = [P("<b>Hendriks-Çelik, Aylin</b>", st["h2"]),
             table([["Onderwerp:", "Bestuurlijk overleg netcongestie Noord-Holland – voorbereiding minister Hermans"],
                    ["Locatie:", "Bezuidenhoutseweg 73, zaal Lely (4e) / Microsoft Teams-vergadering"],
                    ["Begin:", "di 8-4-2025 14:00"], ["Einde:", "di 8-4-2025 15:30"],
                    ["Terugkeerpatroon:", "(geen)"], ["Status van de vergadering:", "Geaccepteerd"],
                    ["Organisator:", "Hendriks-Çelik, Aylin"],
                    ["Vereiste deelnemers:", "Hendriks-Çelik, Aylin; Bouwmeester, Stijn (KGG/DGKE); Tromp, Janneke "
                     "(KGG/DGKE); Verhoef-de Graaf, M.L. (EZK/DGBI); secretariaat-dgke@minezk.nl"],
                    ["Optionele deelnemers:", "Nijenhuis, Gert (Liander); Ramdas, Kiran (TenneT); 'Rob' "
                     "&lt;rob.meerdink@noord-holland.nl&gt;; Postbus BO Netcongestie"]],
                   st, [42 * mm, 128 * mm], header=False, grid=False),
             Spacer(1, 5 * mm),
             P("Beste allen,", st["n"]),
             P("Ter voorbereiding op het bestuurlijk overleg van minister Hermans met gedeputeerde Rommel "
               "(Noord-Holland) en commissaris van de Koning Van Dijk op 15 april. Agenda:", st["n"]),
             P("1. Stand van zaken Landelijk Actieprogramma Netcongestie (LAN)<br/>2. Prioriteringskader "
               "maatschappelijke aansluitingen ACM<br/>3. Wachtrij Liander Noord-Holland Noord (ca. 1.100 "
               "aanvragen)<br/>4. Rondvraag", st["n"]),
             P("Stijn bereidt punt 1 voor; Janneke neemt punt 2. Gert (Liander) en Kiran (TenneT) sluiten aan "
               "voor punt 3. Bellen kan via 070 379 88 41 (mijn directe lijn) of via het algemene nummer van "
               "het ministerie, 070 379 89 11.", st["n"]),
             P("Groet,<br/>Aylin Hendriks-Çelik<br/>Programmamanager Netcongestie | DG Klimaat en Energie<br/>"
               "Ministerie van Klimaat en Groene Groei", st["n"]),
             Spacer(1, 4 * mm),
             P("________________________________________________________________________________<br/>"
               "Deelnemen aan Microsoft Teams-vergadering<br/>Vergadering-id: 381 552 907 114 Wachtwoord: Xr7mQ2<br/>"
               "Bellen (alleen audio): +31 20 708 5421,,918273645#", st["s"])]
    build_rl(out, story, font="helv", margins=(16, 18, 16, 18),
             header="Microsoft Outlook – afgedrukt 7-4-2025",
             meta={"title": "Bestuurlijk overleg netcongestie - voorbereiding", "author": "Hendriks-Çelik, Aylin"})
    redact = [R("PERSON", "Aylin Hendriks-Çelik", "Hendriks-Çelik", "Aylin"),
              R("PERSON", "Stijn Bouwmeester", "Bouwmeester", "Stijn"),
              R("PERSON", "Janneke Tromp", "Tromp", "Janneke"),
              R("PERSON", "M.L. Verhoef-de Graaf", "Verhoef-de Graaf"),
              R("PERSON", "Gert Nijenhuis (Liander)", "Nijenhuis", "Gert"),
              R("PERSON", "Kiran Ramdas (TenneT)", "Ramdas", "Kiran"),
              R("PERSON", "Rob Meerdink (provincie)", "Rob"), R("EMAIL", "rob.meerdink@noord-holland.nl"),
              R("PHONE", "070 379 88 41")]
    keep = [K("OFFICEHOLDER", "minister Hermans", "Hermans"), K("OFFICEHOLDER", "gedeputeerde Rommel", "Rommel"),
            K("OFFICEHOLDER", "commissaris van de Koning Van Dijk", "Van Dijk"),
            K("ROOM", "zaal Lely (named after Cornelis Lely)", "Lely"), K("ADDRESS_ORG", "Bezuidenhoutseweg 73"),
            K("MAILBOX", "secretariaat-dgke@minezk.nl"), K("ORG", "Liander"), K("ORG", "TenneT"), K("ORG", "ACM"),
            K("PROGRAMME", "Landelijk Actieprogramma Netcongestie"), K("PHONE_GENERAL", "070 379 89 11"),
            K("ACRONYM", "DGKE"), K("PLACE", "Noord-Holland Noord"), K("TITLE", "Programmamanager Netcongestie"),
            K("PHONE_GENERAL", "Teams dial-in +31 20 708 5421", "+31 20 708 5421")]
    return redact, keep


# ------------------------------------------------------------------ 15
@reg("bi15_outlook_meeting_en")
def d15(out: Path, work: Path):
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Meeting</title>
<style>body{font-family:'DejaVu Serif',serif;font-size:10pt;margin:16mm 18mm}
table.h td{padding:2px 10px 2px 0;vertical-align:top} td.l{font-weight:bold;white-space:nowrap}
.name{font-size:13pt;font-weight:bold;border-bottom:2px solid #000;margin-bottom:8px}
ul{margin-top:2px}</style></head><body>
<div class="name">Ferreira Gonçalves, Inês</div>
<table class="h">
<tr><td class="l">Subject:</td><td>EU Justice and Home Affairs Council – prep call on e-evidence implementation</td></tr>
<tr><td class="l">Location:</td><td>Turfmarkt 147, room 'Grotius' / Webex</td></tr>
<tr><td class="l">Start:</td><td>Thu 5/22/2025 9:30 AM</td></tr>
<tr><td class="l">End:</td><td>Thu 5/22/2025 10:15 AM</td></tr>
<tr><td class="l">Show Time As:</td><td>Tentative</td></tr>
<tr><td class="l">Recurrence:</td><td>(none)</td></tr>
<tr><td class="l">Organizer:</td><td>Ferreira Gonçalves, Inês</td></tr>
<tr><td class="l">Required Attendees:</td><td>Ferreira Gonçalves, Inês; De Boer-Wiersma, Lieke (JenV/DGRR);
Hakkert, Olaf (JenV/DWJZ); Permanent Representation Brussels &lt;pv-brussel-jbz@minbuza.nl&gt;; Achterberg, S.
(OM Landelijk Parket)</td></tr>
<tr><td class="l">Optional Attendees:</td><td>Van der Steen, Floortje (BZ/DIE); 'Klaus Weidemann' &lt;k.weidemann@bmj.bund.de&gt;</td></tr>
</table>
<p>Dear colleagues,</p>
<p>As discussed, a short prep call before the JHA Council of 12–13 June. Minister Van Weel will take the floor on
e-evidence (Regulation (EU) 2023/1543). State Secretary Struycken cannot attend.</p>
<ul><li>Lieke: state of play of the Implementation Act (Uitvoeringswet e-evidence)</li>
<li>Olaf: legal questions on the decentralised IT system (e-CODEX)</li>
<li>S. Achterberg: practical experience of the Public Prosecution Service</li>
<li>Klaus (German Federal Ministry of Justice): German approach, for information</li></ul>
<p>For dial-in issues call the JenV service desk (070 370 79 11) or reach me on +31 6 4827 1190.</p>
<p>Best,<br>Inês</p>
</body></html>"""
    chromium_pdf(html, out, work)
    hide(out, author="i.ferreira.goncalves@minjenv.nl")
    redact = [R("PERSON", "Inês Ferreira Gonçalves", "Ferreira Gonçalves", "Inês"),
              R("EMAIL", "i.ferreira.goncalves@minjenv.nl (Info Author, hidden)", "i.ferreira.goncalves@minjenv.nl"),
              R("PERSON", "Lieke de Boer-Wiersma", "Boer-Wiersma", "Lieke"),
              R("PERSON", "Olaf Hakkert", "Hakkert", "Olaf"),
              R("PERSON", "S. Achterberg (OM)", "Achterberg"),
              R("PERSON", "Floortje van der Steen", "Floortje", "Van der Steen"),
              R("PERSON", "Klaus Weidemann", "Weidemann", "Klaus"), R("EMAIL", "k.weidemann@bmj.bund.de"),
              R("PHONE", "+31 6 4827 1190")]
    keep = [K("OFFICEHOLDER", "Minister Van Weel", "Van Weel"), K("OFFICEHOLDER", "State Secretary Struycken", "Struycken"),
            K("ROOM", "room 'Grotius' (named after Hugo de Groot)", "Grotius"), K("ADDRESS_ORG", "Turfmarkt 147"),
            K("MAILBOX", "pv-brussel-jbz@minbuza.nl"), K("LAW", "Regulation (EU) 2023/1543", "2023/1543"),
            K("PRODUCT", "e-CODEX"), K("PRODUCT", "Webex"), K("PHONE_GENERAL", "070 370 79 11"),
            K("ORG", "OM Landelijk Parket"), K("ORG", "Public Prosecution Service"),
            K("ORG", "German Federal Ministry of Justice"), K("TERM", "e-evidence")]
    return redact, keep


# ------------------------------------------------------------------ 16
@reg("bi16_actielijst_interdep")
def d16(out: Path, work: Path):
    d = docx.Document()
    d.styles["Normal"].font.name = "DejaVu Sans Condensed"
    d.styles["Normal"].font.size = Pt(9.5)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Interdepartementaal overleg Woo-uitvoering (IDO-Woo) – verslag en actielijst"
    sec.footer.paragraphs[0].text = "Secretariaat IDO-Woo: ido-woo@minbzk.nl"
    d.add_heading("Verslag IDO-Woo 3 april 2025", level=1)
    d.add_paragraph("Aanwezig: Carolien Rijnders-Hoek (BZK, voorzitter), Tom Spaargaren (FIN), Linh Nguyen (EZK), "
                    "mr. Jacobus Zwanenburg (JenV), Esra Koç (OCW), Dewi Sastrowardoyo (KGG), Pieter-Bas "
                    "Dijkhuizen (BZK, secretaris). Afwezig met bericht: Noor van 't Hof (AZ).")
    d.add_paragraph("1. Opening. De voorzitter meldt dat staatssecretaris Szabó op 20 mei met het ACOI spreekt. "
                    "2. Lakken van chatberichten: FIN (TS) deelt de werkinstructie. JenV merkt op dat namen van "
                    "burgemeesters, zoals burgemeester Halsema, niet worden gelakt als zij in hun rol optreden. "
                    "3. Publicatie op open.overheid.nl: KOOP meldt storing in de DiWoo-koppeling.")
    _docx_table(d, [("Nr.", "Actie", "Actiehouder", "Deadline", "Status"),
                    ("25-07", "Werkinstructie lakken chatberichten delen", "TS", "17-04", "open"),
                    ("25-08", "Inventarisatie Woo-capaciteit per departement", "CRH / PBD", "01-05", "loopt"),
                    ("25-09", "Contact KOOP over DiWoo-storing", "LN", "10-04", "gereed"),
                    ("25-10", "Notitie 'namen van woordvoerders en DG's'", "JZ", "15-05", "open"),
                    ("25-11", "Terugkoppeling OCW pilot Woo-lakken met AI", "EK", "15-05", "open"),
                    ("25-12", "Uitnodiging ACOI voor IDO juni", "voorzitter", "01-06", "open")], size=8.5)
    d.add_paragraph("")
    d.add_paragraph("Volgend overleg: 8 mei 2025, Turfmarkt 147, zaal Thorbecke. Bijdragen vóór 1 mei aan "
                    "Pieter-Bas (06-2294 0571) of aan de functionele mailbox.")
    d.core_properties.author = "Dijkhuizen, Pieter-Bas"
    src = work / (out.stem + ".docx")
    d.save(src)
    soffice_pdf(src, work).replace(out)
    redact = [R("PERSON", "Carolien Rijnders-Hoek", "Rijnders-Hoek", "Carolien"), R("PARAPH", "CRH", "CRH"),
              R("PERSON", "Tom Spaargaren", "Spaargaren"), R("PARAPH", "TS", "TS"),
              R("PERSON", "Linh Nguyen", "Nguyen", "Linh"), R("PARAPH", "LN", "LN"),
              R("PERSON", "mr. Jacobus Zwanenburg", "Zwanenburg", "Jacobus"), R("PARAPH", "JZ", "JZ"),
              R("PERSON", "Esra Koç", "Koç", "Esra"), R("PARAPH", "EK", "EK"),
              R("PERSON", "Dewi Sastrowardoyo", "Sastrowardoyo", "Dewi"),
              R("PERSON", "Pieter-Bas Dijkhuizen", "Dijkhuizen", "Pieter-Bas"), R("PARAPH", "PBD", "PBD"),
              R("PHONE", "06-2294 0571"),
              R("PERSON", "Noor van 't Hof", "Noor", "van 't Hof")]
    keep = [K("OFFICEHOLDER", "staatssecretaris Szabó", "Szabó"), K("OFFICEHOLDER", "burgemeester Halsema", "Halsema"),
            K("ORG", "ACOI"), K("ORG", "KOOP"), K("PRODUCT", "DiWoo"), K("WEB", "open.overheid.nl"),
            K("MAILBOX", "ido-woo@minbzk.nl"), K("ADDRESS_ORG", "Turfmarkt 147"),
            K("ROOM", "zaal Thorbecke", "Thorbecke"), K("ACRONYM", "IDO-Woo"), K("ACRONYM", "FIN"),
            K("ACRONYM", "JenV"), K("ACRONYM", "OCW")]
    return redact, keep


def _scribble(c, x, y, seed, w=40, h=10):
    import random
    rnd = random.Random(seed)
    p = c.beginPath()
    p.moveTo(x, y)
    for i in range(1, 14):
        p.curveTo(x + i * w / 14 - 3, y + rnd.uniform(-h, h), x + i * w / 14 - 1, y + rnd.uniform(-h, h),
                  x + i * w / 14, y + rnd.uniform(-h / 2, h / 2))
    c.setLineWidth(1.1)
    c.drawPath(p, stroke=1, fill=0)


def _lines(c, x, y, lines, font="Helvetica", size=11.5, lead=16):
    for ln in lines:
        if isinstance(ln, tuple):
            c.setFont(ln[1], size)
            c.drawString(x, y, ln[0])
        else:
            c.setFont(font, size)
            c.drawString(x, y, ln)
        y -= lead
    return y


# ------------------------------------------------------------------ 17
@reg("bi17_scan_brief_burger_toeslagen")
def d17(out: Path, work: Path):
    src = work / (out.stem + "-src.pdf")
    c = canvas.Canvas(str(src), pagesize=A4)
    W, H = A4
    BSN = bsn("18472930")
    IB = iban("RABO", "0318452976")
    y = _lines(c, 25 * mm, H - 28 * mm, ["Gerda Wolthuis-Bennink", "Esdoornlaan 27", "7772 BR Hardenberg",
                                          "Tel. 06-2761 9043"], font="Times-Roman", size=12.5, lead=17)
    y = _lines(c, 25 * mm, y - 20, ["Aan de minister van Financiën", "Postbus 20201", "2500 EE Den Haag"],
               font="Times-Roman", size=12.5, lead=17)
    y = _lines(c, 25 * mm, y - 20, ["Hardenberg, 3 februari 2025", "",
                                     "Betreft: mijn dossier herstel kinderopvangtoeslag"], font="Times-Roman",
               size=12.5, lead=17)
    body = ["Geachte minister,", "",
            "Ik schrijf u omdat ik al drie jaar wacht op de afhandeling van mijn dossier bij de",
            "Uitvoeringsorganisatie Herstel Toeslagen (dossiernummer UHT-2021-448120).",
            f"Mijn BSN is {BSN}, ik ben geboren op 11 september 1979.",
            "Door de terugvorderingen ben ik in de schuldsanering gekomen en heb ik",
            "een depressie gehad. Mijn zoon Lucas heeft autisme en heeft extra zorg nodig.",
            "",
            "De compensatie van 30.000 euro heb ik ontvangen, maar de integrale beoordeling",
            "is nog steeds niet gedaan. Mijn zaakbehandelaar, mevrouw Okafor, is sinds",
            "november niet meer bereikbaar.",
            "",
            f"Wilt u het resterende bedrag overmaken op {IB} t.n.v. G. Wolthuis?",
            "Ik heb ook al een brief gestuurd aan Kamerlid Inge van Dijk.",
            "",
            "Met vriendelijke groet,"]
    y = _lines(c, 25 * mm, y - 20, body, font="Times-Roman", size=12.5, lead=17)
    _scribble(c, 27 * mm, y - 14, 17, 55, 9)
    _lines(c, 25 * mm, y - 40, ["G. Wolthuis-Bennink"], font="Times-Roman", size=12.5)
    c.setFont("Helvetica-Bold", 10)
    c.setFillColorRGB(0.4, 0.4, 0.4)
    c.drawString(140 * mm, H - 20 * mm, "ONTVANGEN 06 FEB 2025")
    c.drawString(140 * mm, H - 25 * mm, "FIN / DGTH / postkamer")
    c.showPage()
    c.save()
    scan_pdf(src, out, seed=17, angle=0.6)
    redact = [R("PERSON", "Gerda Wolthuis-Bennink", "Wolthuis-Bennink", "Gerda", "Wolthuis"),
              R("ADDRESS", "Esdoornlaan 27, 7772 BR Hardenberg", "Esdoornlaan 27", "7772 BR"),
              R("PHONE", "06-2761 9043"), R("BSN", BSN), R("DOB", "11 september 1979"),
              R("CASENR", "UHT-2021-448120 (dossier tied to the person)", "UHT-2021-448120"),
              R("HEALTH", "depressie", "depressie"), R("PERSON", "Lucas (zoon)", "Lucas"),
              R("HEALTH", "autisme (zoon)", "autisme"), R("IBAN", IB),
              R("PERSON", "mevrouw Okafor (zaakbehandelaar)", "Okafor")]
    return redact, []


# ------------------------------------------------------------------ 18
@reg("bi18_scan_parafenblad_bzk")
def d18(out: Path, work: Path):
    src = work / (out.stem + "-src.pdf")
    c = canvas.Canvas(str(src), pagesize=A4)
    W, H = A4
    c.setFont("Helvetica-Bold", 15)
    c.drawString(22 * mm, H - 30 * mm, "PARAFENBLAD")
    c.setFont("Helvetica", 11.5)
    y = _lines(c, 22 * mm, H - 42 * mm, [
        "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
        "Onderwerp: Beslisnota Woningbouwimpuls tranche 6 (doc. 0019)",
        "Kenmerk: 2025-0000061204",
        "Aan: minister Uitermark"], size=11.5, lead=16)
    rows = [("Functie", "Naam", "Paraaf", "Datum"),
            ("Opsteller", "Wouter Kamsteeg", "WK", "22-01-2025"),
            ("Afdelingshoofd", "Priscilla Doornbos", "PD", "23-01-2025"),
            ("Directeur Woningbouw", "M.A. Tjoa", "MAT", "24-01-2025"),
            ("DG VB", "(DG)", "akkoord", "27-01-2025"),
            ("Juridisch", "Hugo Smeulders-Vink", "HSV", "24-01-2025")]
    y -= 14
    xs = [22 * mm, 70 * mm, 128 * mm, 155 * mm]
    for i, r in enumerate(rows):
        for x, v in zip(xs, r):
            c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 11.5)
            c.drawString(x, y, v)
        if i > 0 and r[2] not in ("akkoord",):
            _scribble(c, 145 * mm - 14, y + 3, 100 + i, 8, 4)
        c.line(20 * mm, y - 5, 190 * mm, y - 5)
        y -= 22
    y = _lines(c, 22 * mm, y - 16, [
        "Opmerking afdelingshoofd: akkoord; graag nog contact met gemeente Almere,",
        "contactpersoon Sanne Veldkamp-Oguz, telefoon 06-4019 3382.",
        "Opmerking juridisch: geen staatssteun, zie advies Landsadvocaat.",
        "",
        "Retour aan: secretariaat DGVB, kamer T13.04"], size=11.5, lead=16)
    c.setFont("Helvetica-Bold", 12)
    c.setFillColorRGB(0.3, 0.3, 0.3)
    c.drawString(130 * mm, H - 30 * mm, "GEZIEN MINISTER")
    c.drawString(130 * mm, H - 36 * mm, "28 JAN 2025")
    c.showPage()
    c.save()
    scan_pdf(src, out, seed=18, angle=-0.8)
    redact = [R("PERSON", "Wouter Kamsteeg", "Kamsteeg", "Wouter"), R("PARAPH", "WK", "WK"),
              R("PERSON", "Priscilla Doornbos", "Doornbos", "Priscilla"), R("PARAPH", "PD", "PD"),
              R("PERSON", "M.A. Tjoa", "Tjoa"), R("PARAPH", "MAT", "MAT"),
              R("PERSON", "Hugo Smeulders-Vink", "Smeulders-Vink", "Hugo"), R("PARAPH", "HSV", "HSV"),
              R("PERSON", "Sanne Veldkamp-Oguz", "Veldkamp-Oguz", "Sanne"), R("PHONE", "06-4019 3382")]
    return redact, []


# ------------------------------------------------------------------ 19
@reg("bi19_scan_fax_dji")
def d19(out: Path, work: Path):
    src = work / (out.stem + "-src.pdf")
    c = canvas.Canvas(str(src), pagesize=A4)
    W, H = A4
    c.setFont("Courier-Bold", 12)
    c.drawString(20 * mm, H - 14 * mm, "05-02-2025 16:22   FAX 0881 234 500   DJI PI HAAGLANDEN   P. 01/01")
    c.setFont("Helvetica-Bold", 22)
    c.drawString(20 * mm, H - 34 * mm, "FAXBERICHT")
    rows = [("Aan:", "Ministerie van Justitie en Veiligheid, DGSenB / directie Sanctietoepassing"),
            ("T.a.v.:", "mw. mr. Y.E. Kappetein-Lodder"),
            ("Van:", "Penitentiaire Inrichting Haaglanden, locatie Scheveningen"),
            ("Behandeld door:", "Ronald Boswijk, afdelingshoofd, 06-3317 5820"),
            ("Datum:", "5 februari 2025"),
            ("Betreft:", "Incident gedetineerde, Kamervragen lid Ellian (VVD)")]
    y = H - 52 * mm
    for a, b in rows:
        c.setFont("Helvetica-Bold", 12)
        c.drawString(20 * mm, y, a)
        c.setFont("Helvetica", 12)
        c.drawString(58 * mm, y, b)
        y -= 18
    body = ["Geachte mevrouw Kappetein-Lodder,", "",
            "Naar aanleiding van de Kamervragen van het lid Ellian (VVD) het volgende.",
            "Op 2 februari 2025 is gedetineerde Dennis Wijnaldum-Roos (geboren 3 april 1991,",
            "registratienummer 2219034871) na een conflict met een medewerker naar",
            "de EZV overgebracht. Betrokkene gebruikt antipsychotica en staat onder",
            "behandeling van de psychiater van de PI. Hij zit een straf uit wegens",
            "gewapende overval.",
            "",
            "De directeur van de PI heeft staatssecretaris Struycken laten informeren.",
            "Voor vragen kunt u mij bellen; het algemene nummer van de PI is 088 071 20 00.",
            "",
            "Met vriendelijke groet,", "", "", "R. Boswijk"]
    y = _lines(c, 20 * mm, y - 18, body, font="Helvetica", size=12, lead=17)
    _scribble(c, 22 * mm, y + 42, 19, 45, 8)
    c.showPage()
    c.save()
    scan_pdf(src, out, seed=19, angle=0.35)
    redact = [R("PERSON", "mw. mr. Y.E. Kappetein-Lodder (JenV)", "Kappetein-Lodder"),
              R("PERSON", "Ronald Boswijk", "Boswijk", "Ronald"), R("PHONE", "06-3317 5820"),
              R("PERSON", "Dennis Wijnaldum-Roos (gedetineerde)", "Wijnaldum-Roos", "Dennis"),
              R("DOB", "3 april 1991"), R("ID", "registratienummer 2219034871", "2219034871"),
              R("HEALTH", "antipsychotica", "antipsychotica"), R("HEALTH", "psychiater", "psychiater"),
              R("CRIMINAL", "gewapende overval", "gewapende overval")]
    return redact, []


# ------------------------------------------------------------------ 20
@reg("bi20_verslag_klankbord_met_scan")
def d20(out: Path, work: Path):
    import pikepdf
    st = styles("times", 11)
    p1 = work / (out.stem + "-p1.pdf")
    story = [P("Verslag klankbordgroep Wet toekomst accountancysector", st["h1"]),
             P("Datum: 27 maart 2025, 13.30–15.30 uur<br/>Locatie: Ministerie van Financiën, Korte Voorhout 7, "
               "zaal Van Hall<br/>Voorzitter: Roelof Brinkhorst-Terpstra (FIN, directie Financiële Markten)<br/>"
               "Verslag: Amira Haddouchi (FIN)", st["n"]),
             P("1. Opening en mededelingen", st["h2"]),
             P("De voorzitter heet de leden welkom. De presentielijst is als bijlage bijgevoegd. Minister "
               "Heinen heeft de Kamer op 10 maart geïnformeerd over de hoofdlijnen van het wetsvoorstel.", st["n"]),
             P("2. Toezicht door de AFM", st["h2"]),
             P("De AFM licht het nieuwe toezichtsmodel toe. De NBA vraagt aandacht voor de kleine OOB-kantoren. "
               "Mevrouw Tamminga-Boersma (NBA) merkt op dat de rotatieplicht voor kleine kantoren knelt. "
               "De heer Oudshoorn (SRA) sluit zich daarbij aan.", st["n"]),
             P("3. Governance en de Wet toezicht accountantsorganisaties (Wta)", st["h2"]),
             P("De Commissie toekomst accountancysector heeft in 2020 aanbevelingen gedaan. Het kabinet neemt "
               "die grotendeels over. Afgesproken wordt dat Amira de reacties van de leden verzamelt "
               "(a.haddouchi@minfin.nl) vóór 15 april.", st["n"]),
             P("4. Rondvraag en sluiting", st["h2"]),
             P("Geen punten. Volgende bijeenkomst: 19 juni 2025.", st["n"]),
             P("Bijlage: presentielijst (gescand)", st["s"])]
    build_rl(p1, story, font="times", margins=(22, 22, 22, 22), footer="Verslag klankbordgroep Wta – 27-03-2025",
             meta={"title": "Verslag klankbordgroep", "author": ""})
    src = work / (out.stem + "-src.pdf")
    c = canvas.Canvas(str(src), pagesize=A4)
    W, H = A4
    c.setFont("Helvetica-Bold", 15)
    c.drawString(20 * mm, H - 28 * mm, "Presentielijst klankbordgroep Wta – 27 maart 2025")
    rows = [("Naam", "Organisatie", "Handtekening"),
            ("R. Brinkhorst-Terpstra", "Ministerie van Financiën", ""),
            ("A. Haddouchi", "Ministerie van Financiën", ""),
            ("Joost Vredevoort", "AFM", ""),
            ("Ingrid Tamminga-Boersma", "NBA", ""),
            ("Frits Oudshoorn", "SRA", ""),
            ("Charlotte Appiah-Mensah", "Deloitte Accountants", ""),
            ("Maarten Wiegersma", "Ministerie van EZK", "")]
    y = H - 45 * mm
    for i, r in enumerate(rows):
        for x, v in zip((20 * mm, 80 * mm, 140 * mm), r):
            c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 12)
            c.drawString(x, y, v)
        if i:
            _scribble(c, 142 * mm, y + 3, 200 + i, 35, 6)
        c.line(18 * mm, y - 7, 192 * mm, y - 7)
        y -= 26
    c.showPage()
    c.save()
    p2 = work / (out.stem + "-p2.pdf")
    scan_pdf(src, p2, seed=20, angle=-0.5)
    with pikepdf.open(str(p1)) as a, pikepdf.open(str(p2)) as b:
        a.pages.extend(b.pages)
        a.save(str(out))
    redact = [R("PERSON", "Roelof Brinkhorst-Terpstra", "Brinkhorst-Terpstra", "Roelof"),
              R("PERSON", "Amira Haddouchi", "Haddouchi", "Amira"), R("EMAIL", "a.haddouchi@minfin.nl"),
              R("PERSON", "Ingrid Tamminga-Boersma (NBA)", "Tamminga-Boersma", "Ingrid"),
              R("PERSON", "Frits Oudshoorn (SRA)", "Oudshoorn", "Frits"),
              R("PERSON", "Joost Vredevoort (AFM, scan only)", "Vredevoort", "Joost"),
              R("PERSON", "Charlotte Appiah-Mensah (scan only)", "Appiah-Mensah", "Charlotte"),
              R("PERSON", "Maarten Wiegersma (scan only)", "Wiegersma", "Maarten")]
    keep = [K("LAW", "Wet toekomst accountancysector"), K("OFFICEHOLDER", "Minister Heinen", "Heinen"),
            K("ORG", "AFM"), K("ORG", "NBA"), K("ORG", "SRA"), K("ADDRESS_ORG", "Korte Voorhout 7"),
            K("ROOM", "zaal Van Hall", "Van Hall"), K("LAW", "Wet toezicht accountantsorganisaties"),
            K("ORG", "Commissie toekomst accountancysector"), K("ORG", "directie Financiële Markten")]
    return redact, keep
