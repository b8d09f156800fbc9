"""Documents an16-an30 of set AN."""
from __future__ import annotations

from pathlib import Path

import framework as fw
from framework import esc
from util import (A4, A4L, P, Spacer, colors, html_page, mm, rl_doc, st, table)

DOCS = []


def doc(name):
    def deco(fn):
        DOCS.append((name, fn))
        return fn
    return deco


# ------------------------------------------------------------------------------------------
@doc("an16_organogram_dgoo_boxes")
def an16(out):
    from reportlab.pdfgen import canvas
    W, H = A4L
    c = canvas.Canvas(str(out), pagesize=A4L)
    c.setTitle("Organogram DGOO maart 2026")
    c.setAuthor("Jildou Feenstra")

    def box(x, y, w, h, lines, fill="#e8eef6"):
        c.setFillColor(colors.HexColor(fill))
        c.setStrokeColor(colors.HexColor("#2f4b6e"))
        c.roundRect(x, y, w, h, 3, fill=1, stroke=1)
        c.setFillColor(colors.black)
        for i, (txt, f, s) in enumerate(lines):
            c.setFont(f, s)
            c.drawCentredString(x + w / 2, y + h - 11 - i * (s + 2.5), txt)

    def line(x1, y1, x2, y2):
        c.setStrokeColor(colors.HexColor("#2f4b6e"))
        c.line(x1, y1, x2, y2)

    c.setFont("DVB", 14)
    c.drawString(15 * mm, H - 15 * mm, "Organogram Directoraat-generaal Overheidsorganisatie (DGOO)")
    c.setFont("DV", 8)
    c.drawString(15 * mm, H - 20 * mm, "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties · peildatum 1 maart 2026 · namen alleen voor intern gebruik")
    bw, bh = 150, 44
    top = (W / 2 - bw / 2, H - 70 * mm + 40)
    box(*top, bw, bh, [("Directeur-generaal", "DVB", 8.5), ("DGOO", "DV", 8), ("staf: Jildou Feenstra", "DV", 7)], "#cfdcec")
    box(W - 230, H - 58 * mm, 170, 36, [("Programma Open Overheid", "DVB", 7.5), ("pm: Wytse Hoekstra", "DV", 7)], "#f3ecd9")
    line(W / 2 + bw / 2, top[1] + bh / 2, W - 230, H - 58 * mm + 18)
    dirs = [
        ("Directie Ambtenaar en", "Organisatie (DAO)", "dir. Ellen Winter", "plv. Senait Tesfaye"),
        ("Directie Digitale", "Overheid (DDO)", "dir. Youssef Ameziane", "plv. Roosmarijn Kok-Rijsdijk"),
        ("Directie Arbeidszaken", "Publieke Sector (APS)", "dir. Gerrit-Jan Terpstra", "plv. Anh Đặng"),
        ("Directie Inkoop en", "Facilitair (RIC)", "dir. Sabitri Bhagwandin", "plv. Tomasz Wójcik"),
    ]
    y = H - 110 * mm
    xs = [25 + i * (W - 50) / 4 for i in range(4)]
    line(W / 2, top[1], W / 2, y + 60)
    line(xs[0] + 80, y + 60, xs[3] + 80, y + 60)
    for x, d in zip(xs, dirs):
        line(x + 80, y + 60, x + 80, y + 48)
        box(x + 5, y, 150, 48, [(d[0], "DVB", 7.5), (d[1], "DVB", 7.5), (d[2], "DV", 7), (d[3], "DV", 7)])
    teams = [
        [("Team Arbeidsmarkt", "tl: Merel Vos"), ("Team Integriteit", "tl: Abdelkarim Benali"), ("Team Woo-coördinatie", "tl: Roos Bakker")],
        [("Team Publicatie & Index", "po: Lente Hylkema"), ("Team Data en AI", "tl: Wei Lin"), ("Team Standaarden", "tl: Dewi Karijopawiro")],
        [("Team CAO en Pensioenen", "tl: Sjoerd Hylkema"), ("Team Rechtspositie", "tl: vacature")],
        [("Team Inkoop ICT", "tl: Sky Martina"), ("Team Facilitair Turfmarkt", "tl: Gökhan Aydın")],
    ]
    for x, tl in zip(xs, teams):
        for j, (t, n) in enumerate(tl):
            yy = y - 30 - (j + 1) * 42
            line(x + 12, y, x + 12, yy + 16)
            line(x + 12, yy + 16, x + 22, yy + 16)
            box(x + 22, yy, 130, 32, [(t, "DVB", 7), (n, "DV", 7)], "#ffffff")
    c.setFont("DV", 6.5)
    c.drawString(15 * mm, 10 * mm, "Bron: SAP HR (P-Direkt), bewerkt door staf DGOO. Vacatures en tijdelijke waarnemingen niet volledig.")
    c.showPage()
    c.save()
    names = [("Jildou Feenstra", ["Jildou Feenstra"]), ("Wytse Hoekstra", ["Wytse Hoekstra"]), ("Ellen Winter", ["Ellen Winter"]),
             ("Senait Tesfaye", ["Senait Tesfaye"]), ("Youssef Ameziane", ["Youssef Ameziane"]),
             ("Roosmarijn Kok-Rijsdijk", ["Roosmarijn Kok-Rijsdijk", "Kok-Rijsdijk"]),
             ("Gerrit-Jan Terpstra", ["Gerrit-Jan Terpstra", "Terpstra"]), ("Anh Đặng", ["Anh Đặng", "Đặng"]),
             ("Sabitri Bhagwandin", ["Sabitri Bhagwandin", "Bhagwandin"]), ("Tomasz Wójcik", ["Tomasz Wójcik", "Wójcik"]),
             ("Merel Vos", ["Merel Vos"]), ("Abdelkarim Benali", ["Abdelkarim Benali", "Benali"]), ("Roos Bakker", ["Roos Bakker"]),
             ("Lente Hylkema", ["Lente Hylkema"]), ("Wei Lin", ["Wei Lin"]), ("Dewi Karijopawiro", ["Dewi Karijopawiro", "Karijopawiro"]),
             ("Sjoerd Hylkema", ["Sjoerd Hylkema"]), ("Sky Martina", ["Sky Martina"]), ("Gökhan Aydın", ["Gökhan Aydın"])]
    return {"R": [("PERSON", n, p) for n, p in names], "K": [
        ("ORG", "Directoraat-generaal Overheidsorganisatie", ["Directoraat-generaal Overheidsorganisatie"]), ("ORG", "DGOO", ["DGOO"]),
        ("ORG", "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties", ["Ministerie van Binnenlandse Zaken en Koninkrijksrelaties"]),
        ("FUNC", "Directeur-generaal", ["Directeur-generaal"]), ("PROG", "Programma Open Overheid", ["Programma Open Overheid"]),
        ("ORG", "DAO", ["DAO"]), ("ORG", "DDO", ["DDO"]), ("ORG", "APS", ["APS"]), ("ORG", "RIC", ["RIC"]),
        ("ORG", "Team Woo-coördinatie", ["Team Woo-coördinatie"]), ("ORG", "Team Data en AI", ["Team Data en AI"]),
        ("ORG", "Team Facilitair Turfmarkt", ["Team Facilitair Turfmarkt"]), ("PRODUCT", "SAP HR", ["SAP HR"]),
        ("ORG", "P-Direkt", ["P-Direkt"]), ("MISC", "vacature", ["vacature"]), ("ORG", "Team Integriteit", ["Team Integriteit"]),
        ("ORG", "Directie Arbeidszaken", ["Directie Arbeidszaken"]), ("ORG", "Team Standaarden", ["Team Standaarden"]),
        ("ORG", "Team Inkoop ICT", ["Team Inkoop ICT"]), ("ORG", "Team Rechtspositie", ["Team Rechtspositie"]),
        ("ORG", "Team CAO en Pensioenen", ["Team CAO en Pensioenen"]), ("ORG", "Team Arbeidsmarkt", ["Team Arbeidsmarkt"]),
    ]}


# ------------------------------------------------------------------------------------------
def _hand_sheet(out, title, head, rows, widths, notes=(), landscape=True, sub=""):
    """A printed form filled in by hand (femkeklaver) -> reportlab source for a scan."""
    from reportlab.pdfgen import canvas
    W, H = A4L if landscape else A4
    c = canvas.Canvas(str(out), pagesize=(W, H))
    c.setFont("DVB", 14)
    c.drawString(15 * mm, H - 16 * mm, title)
    c.setFont("DV", 8)
    c.drawString(15 * mm, H - 21 * mm, sub)
    x0, y = 15 * mm, H - 30 * mm
    rh = 11 * mm
    c.setLineWidth(0.6)
    xs = [x0]
    for w in widths:
        xs.append(xs[-1] + w)
    c.setFont("DVB", 8)
    for i, h in enumerate(head):
        c.drawString(xs[i] + 2, y - 8 * mm + 10, h)
    c.line(x0, y, xs[-1], y)
    y -= 8 * mm
    c.line(x0, y, xs[-1], y)
    nrows = len(rows) + 3
    for r in range(nrows):
        yy = y - rh
        if r < len(rows):
            for i, v in enumerate(rows[r]):
                c.setFont("HAND", 15 if i < len(rows[r]) - 1 else 17)
                c.drawString(xs[i] + 3, yy + 3.2 * mm, v)
        c.line(x0, yy, xs[-1], yy)
        y = yy
    for xx in xs:
        c.line(xx, H - 30 * mm, xx, y)
    c.setFont("DV", 7.5)
    for i, n in enumerate(notes):
        c.drawString(x0, y - 8 * mm - i * 10, n)
    c.showPage()
    c.save()


@doc("an17_bezoekersregistratie_receptie_scan")
def an17(out):
    src = fw.WORK / f"{out.stem}_src.pdf"
    rows = [
        ("03-03", "08:41", "Priya Ramdin", "Gem. Almere", "Yonas Haile", "B-0412", "16:02", "PR"),
        ("03-03", "09:15", "Emre Aydin", "TechnoRent", "Sky Martina", "B-0413", "10:30", "EA"),
        ("03-03", "09:20", "Jasmijn Storm", "TechnoRent", "Sky Martina", "B-0414", "10:31", "JS"),
        ("03-03", "10:02", "Chidi Okafor", "Accenture", "Wei Lin", "B-0415", "12:45", "CO"),
        ("03-03", "11:30", "Marek Nowicki", "schoonmaak CSU", "Facilitair", "B-0416", "", "MN"),
        ("03-03", "13:10", "Thanh Tran", "sollicitant", "Ellen Winter", "B-0417", "14:20", "TT"),
        ("03-03", "14:00", "Rachid Bouzidi", "Gem. Rotterdam", "Wytse Hoekstra", "B-0418", "15:40", "RB"),
        ("03-03", "15:05", "Aster Tesfay", "UWV", "Kimberly Rosaria", "B-0419", "16:10", "AT"),
    ]
    _hand_sheet(src, "Bezoekersregistratie receptie Turfmarkt 147 - ingang Oost",
                ["Datum", "Tijd in", "Naam bezoeker", "Organisatie", "Bezoekt (naam)", "Pas nr.", "Tijd uit", "Paraaf"],
                rows, [16 * mm, 16 * mm, 52 * mm, 40 * mm, 48 * mm, 22 * mm, 18 * mm, 20 * mm],
                notes=["Bezoekers melden zich met geldig legitimatiebewijs. Pas inleveren bij vertrek. Bij calamiteiten: BHV toestel 2222.",
                       "Registratie wordt na 4 weken vernietigd (AVG). Beveiliging Rijksvastgoedbedrijf / receptie FMH."],
                sub="Week 10 - 2026 · blad 3 · in te vullen door de receptie")
    fw.scan_pdf(src, out, seed=17, ocr_layer=False, skew=0.8)
    R = [("PERSON", r[2], [r[2], r[2].split()[-1]]) for r in rows]
    R += [("PERSON", r[4], [r[4], r[4].split()[-1]]) for r in rows if r[4] != "Facilitair"]
    return {"image_only": True, "R": R, "K": []}


# ------------------------------------------------------------------------------------------
@doc("an18_cv_kandidaat_linkedin_profiel")
def an18(out):
    css = """
    body{font-family:'DejaVu Sans',sans-serif;font-size:9pt;background:#fff}
    .card{border:1px solid #ddd;border-radius:8px;padding:12px;margin-bottom:10px}
    .banner{height:40px;background:#a0b4b7;border-radius:8px 8px 0 0;margin:-12px -12px 8px -12px}
    h1{font-size:16pt;margin:0}.hl{font-size:10pt}.loc{color:#666;font-size:8.5pt}
    h2{font-size:11pt;margin:0 0 6px 0}.job{margin:6px 0}.jt{font-weight:bold}.co{}.dt{color:#666;font-size:8pt}
    a{color:#0a66c2;text-decoration:none}
    """
    body = """
    <div class='small'>Bijlage bij sollicitatie vacature 2026-DGOO-014 (senior beleidsmedewerker Woo) &ndash; afdruk LinkedIn-profiel, door kandidaat aangeleverd</div>
    <div class='card'><div class='banner'></div>
    <h1>Van Thanh Tran</h1>
    <div class='hl'>Informatiejurist | Woo &amp; AVG | ex-Gemeente Utrecht</div>
    <div class='loc'>Utrecht, Utrecht, Nederland &middot; <a href='https://www.linkedin.com/in/vanthanh-tran-8b21a4/'>Contactgegevens</a> &middot; 500+ connecties</div>
    <div class='loc'>Contactgegevens: <a href='mailto:vt.tran@outlook.com'>vt.tran@outlook.com</a> &middot; +31 6 5582 1934 &middot; linkedin.com/in/vanthanh-tran-8b21a4</div>
    </div>
    <div class='card'><h2>Info</h2>Jurist met 8 jaar ervaring in informatierecht. Geboren in Hanoi, opgegroeid in Nieuwegein.
    Vader van twee. Open to work: Den Haag / Utrecht, hybride.</div>
    <div class='card'><h2>Ervaring</h2>
    <div class='job'><div class='jt'>Senior juridisch adviseur Woo</div><div class='co'>Gemeente Utrecht &middot; Fulltime</div><div class='dt'>jan. 2022 &ndash; heden &middot; 4 jr 3 mnd</div>
    Coördinatie van ca. 300 Woo-verzoeken per jaar; invoering van de Woo-index; leidinggevende: Rutger Nijboer.</div>
    <div class='job'><div class='jt'>Jurist bestuursrecht</div><div class='co'>Raad voor de Rechtspraak</div><div class='dt'>sep. 2018 &ndash; dec. 2021</div></div>
    <div class='job'><div class='jt'>Stagiair</div><div class='co'>Autoriteit Persoonsgegevens</div><div class='dt'>feb. 2018 &ndash; jul. 2018</div></div></div>
    <div class='card'><h2>Opleiding</h2>Universiteit Utrecht &ndash; Master Staats- en bestuursrecht (2018)<br>
    Universiteit Leiden &ndash; Bachelor Rechtsgeleerdheid (2016)</div>
    <div class='card'><h2>Aanbevelingen</h2>
    <i>&ldquo;Thanh is de beste Woo-jurist met wie ik heb gewerkt.&rdquo;</i> &ndash; Femke Zwart-Oudshoorn, teamleider Informatiebeheer, Gemeente Utrecht<br>
    <i>&ldquo;Scherp en menselijk.&rdquo;</i> &ndash; Ahmet Korkmaz, advocaat bij Stibbe</div>
    <div class='card'><h2>Vaardigheden</h2>Woo &middot; AVG &middot; Archiefwet &middot; Bestuursrecht &middot; Microsoft 365 &middot; Vietnamees (moedertaal)</div>
    <p class='small'>Beoordeeld door selectiecommissie: E. Winter, H. Ghebremichael, Kimberly Rosaria (P&amp;O). Niet doorsturen buiten de commissie.</p>
    """
    fw.chromium_pdf(html_page("(1) Van Thanh Tran | LinkedIn", body, css), out)
    return {"R": [
        ("PERSON", "Van Thanh Tran", ["Van Thanh Tran", "Thanh", "Tran", ("vt.tran@outlook.com", False), ("vanthanh-tran-8b21a4", False)]),
        ("PHONE", "+31 6 5582 1934", [("+31 6 5582 1934", False)]),
                ("PERSON", "Rutger Nijboer", ["Rutger Nijboer", "Nijboer"]),
        ("PERSON", "Femke Zwart-Oudshoorn", ["Femke Zwart-Oudshoorn", "Zwart-Oudshoorn"]),
        ("PERSON", "Ahmet Korkmaz", ["Ahmet Korkmaz", "Korkmaz"]), ("PERSON", "E. Winter", ["E. Winter"]),
        ("PERSON", "H. Ghebremichael", ["H. Ghebremichael"]), ("PERSON", "Kimberly Rosaria", ["Kimberly Rosaria"]),
    ], "K": [
        ("PRODUCT", "LinkedIn", ["LinkedIn"]), ("ORG", "Gemeente Utrecht", ["Gemeente Utrecht"]),
        ("ORG", "Raad voor de Rechtspraak", ["Raad voor de Rechtspraak"]), ("ORG", "Autoriteit Persoonsgegevens", ["Autoriteit Persoonsgegevens"]),
        ("ORG", "Universiteit Utrecht", ["Universiteit Utrecht"]), ("ORG", "Universiteit Leiden", ["Universiteit Leiden"]),
        ("ORG", "Stibbe", ["Stibbe"]), ("FUNC", "Informatiejurist", ["Informatiejurist"]),
        ("FUNC", "Senior juridisch adviseur Woo", ["Senior juridisch adviseur Woo"]), ("FUNC", "teamleider Informatiebeheer", ["teamleider Informatiebeheer"]),
        ("LAW", "Archiefwet", ["Archiefwet"]), ("PRODUCT", "Microsoft 365", ["Microsoft 365"]), ("LOC", "Den Haag", ["Den Haag"]),
        ("ID", "2026-DGOO-014", ["2026-DGOO-014"]), ("UI", "Open to work", ["Open to work"]), ("UI", "Contactgegevens", ["Contactgegevens"]),
        ("ORG", "P&O", ["P&O"]), ("FUNC", "advocaat", ["advocaat"]),
    ]}


# ------------------------------------------------------------------------------------------
@doc("an19_handgeschreven_aantekeningen_overleg_scan")
def an19(out):
    from reportlab.pdfgen import canvas
    src = fw.WORK / f"{out.stem}_src.pdf"
    W, H = A4
    c = canvas.Canvas(str(src), pagesize=A4)
    c.setStrokeColor(colors.HexColor("#9fc3e0"))
    for y in range(int(H - 40 * mm), int(20 * mm), int(8.5 * mm)):
        c.line(15 * mm, y, W - 12 * mm, y)
    c.setStrokeColor(colors.HexColor("#e08a8a"))
    c.line(28 * mm, 10 * mm, 28 * mm, H - 10 * mm)
    c.setFont("DV", 7)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawString(30 * mm, H - 14 * mm, "Rijksoverheid · notitieblok A4 gelinieerd")
    c.setFillColor(colors.HexColor("#1a237e"))
    lines = [
        (20, "Overleg Woo laptops  5/3"),
        (15, "aanw: Roos, Storm, Tjitske, Hylke (SSC-ICT)"),
        (15, ""),
        (15, "- Ingrid weg naar DGDOO -> Tjitske jurist-rol"),
        (15, "- zienswijze TechnoRent: bezwaar namen"),
        (15, "    accountmanagers (Aydin + Storm)"),
        (15, "- Daan Kuipers terugbellen 020-7943318"),
        (15, "- Hylke: TopDesk export 2025 voor vrijdag"),
        (15, ""),
        (15, "Actie: Roos mailt Sky Martina ivm contract"),
        (15, "Actie: Bo vraagt Dawit (RIC) om offerte"),
        (15, ""),
        (15, "!! Privé: Storm ziek vanaf ma, niet"),
        (15, "   doorvertellen - burn-out?"),
        (15, ""),
        (15, "Volgende keer: do 12/3 in Hofvijver"),
        (15, "            paraaf: T.H."),
    ]
    y = H - 40 * mm + 2.5 * mm
    import random
    rnd = random.Random(19)
    for size, txt in lines:
        c.setFont("HAND", size + 2)
        c.drawString(32 * mm + rnd.uniform(-2, 4), y, txt)
        y -= 8.5 * mm
    c.showPage()
    c.save()
    fw.scan_pdf(src, out, seed=19, ocr_layer=False, skew=-1.1, noise=14)
    return {"image_only": True, "R": [
        ("PERSON", "Roos Bakker", ["Roos"]), ("PERSON", "Storm El Amrani", ["Storm"]), ("PERSON", "Tjitske Hoekstra", ["Tjitske", "T.H."]),
        ("PERSON", "Hylke", ["Hylke"]), ("PERSON", "Ingrid Kowalska", ["Ingrid"]), ("PERSON", "Emre Aydın", ["Aydin"]),
        ("PERSON", "Daan Kuipers", ["Daan Kuipers", "Kuipers"]), ("PHONE", "020-7943318", [("020-7943318", False)]),
        ("PERSON", "Sky Martina", ["Sky Martina", "Martina"]), ("PERSON", "Bo Nguyen", ["Bo"]), ("PERSON", "Dawit", ["Dawit"]),
            ], "K": []}


# ------------------------------------------------------------------------------------------
@doc("an20_faxvoorblad_gemeente_scan_ocr")
def an20(out):
    from docx import Document
    from docx.shared import Pt
    d = Document()
    d.styles["Normal"].font.name = "Liberation Sans"
    d.styles["Normal"].font.size = Pt(12)
    h = d.add_paragraph()
    r = h.add_run("FAX")
    r.bold = True
    r.font.size = Pt(40)
    d.add_paragraph("Gemeente Zwolle · Team Publiekszaken · Lübeckplein 2 · 8017 JZ Zwolle")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Aan", "Ministerie van BZK, t.a.v. dhr. Habtom Ghebremichael"), ("Faxnummer", "070 426 7777"),
                 ("Van", "Anouk Pietersma-Boukhari"), ("Telefoon (direct)", "038 498 2716"), ("Faxnummer afzender", "038 498 2999"),
                 ("Datum", "2 maart 2026"), ("Aantal pagina's", "4 (incl. voorblad)"), ("Betreft", "Woo-verzoek doorgezonden (art. 4.3 Woo)")]:
        cells = t.add_row().cells
        cells[0].text, cells[1].text = k, v
    d.add_paragraph()
    d.add_paragraph("[X] Urgent    [ ] Ter informatie    [X] Ter beoordeling    [ ] Graag reactie")
    d.add_paragraph("Geachte heer Ghebremichael,")
    d.add_paragraph("Hierbij zenden wij u het Woo-verzoek van mevrouw Natasha Doelwijt, wonende Assendorperstraat 118, "
                    "8012 DK Zwolle, door. Het verzoek gaat over documenten van uw ministerie over de Basisregistratie Personen. "
                    "Verzoekster is telefonisch bereikbaar op 06-17 83 49 20. Wij hebben haar van de doorzending op de hoogte gesteld.")
    d.add_paragraph("Met vriendelijke groet,")
    d.add_paragraph("A. Pietersma-Boukhari\nmedewerker Woo, namens burgemeester Snijders")
    d.add_paragraph("Dit fax-bericht is uitsluitend bestemd voor de geadresseerde. Heeft u dit bericht onterecht ontvangen, "
                    "bel dan 14 038.").runs[0].font.size = Pt(8)
    src = fw.WORK / f"{out.stem}.docx"
    d.save(src)
    pdf_src = fw.WORK / f"{out.stem}_src.pdf"
    fw.soffice_pdf(src, pdf_src)
    fw.scan_pdf(pdf_src, out, seed=20, ocr_layer=True, skew=0.5, noise=12)
    return {"R": [
        ("PERSON", "Habtom Ghebremichael", ["Habtom Ghebremichael", "Ghebremichael", "Habtom"]),
        ("PERSON", "Anouk Pietersma-Boukhari", ["Anouk Pietersma-Boukhari", "Pietersma-Boukhari", "Anouk", "A. Pietersma-Boukhari"]),
        ("PHONE", "038 498 2716", [("038 498 2716", False)]),
        ("PERSON", "Natasha Doelwijt", ["Natasha Doelwijt", "Doelwijt", "Natasha"]),
        ("ADDRESS", "Assendorperstraat 118", ["Assendorperstraat 118", "8012 DK"]),
        ("PHONE", "06-17 83 49 20", [("06-17 83 49 20", False)]),
    ], "K": [
        ("ORG", "Gemeente Zwolle", ["Gemeente Zwolle"]), ("ORG", "Team Publiekszaken", ["Team Publiekszaken"]),
        ("LOC", "Lübeckplein 2", ["Lübeckplein 2"]), ("ORG", "Ministerie van BZK", ["Ministerie van BZK"]),
        ("PHONE_FUNC", "070 426 7777", [("070 426 7777", False)]), ("PHONE_FUNC", "038 498 2999", [("038 498 2999", False)]),
        ("LAW", "art. 4.3 Woo", ["art. 4.3 Woo"]), ("ORG", "Basisregistratie Personen", ["Basisregistratie Personen"]),
        ("OFFICIAL", "burgemeester Snijders", ["burgemeester Snijders"]), ("FUNC", "medewerker Woo", ["medewerker Woo"]),
        ("MISC", "FAX", ["FAX"]), ("MISC", "Urgent", ["Urgent"]), ("LOC", "Zwolle", ["Zwolle"]), ("PHONE_FUNC", "14 038", [("14 038", False)]),
    ]}


# ------------------------------------------------------------------------------------------
@doc("an21_teams_aanwezigheidsrapport_calc")
def an21(out):
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    ws = wb.active
    ws.title = "Aanwezigheidsrapport"
    ws.append(["1. Summary"])
    for k, v in [("Meeting title", "Bestuurlijk overleg Woo-uitvoering gemeenten (G4 + VNG)"), ("Attended participants", "11"),
                 ("Start time", "3/12/26, 1:58:12 PM"), ("End time", "3/12/26, 3:34:40 PM"), ("Meeting duration", "1h 36m 28s"),
                 ("Average attendance time", "1h 12m 3s")]:
        ws.append([k, v])
    ws.append([])
    ws.append(["2. Participants"])
    ws.append(["Name", "First Join", "Last Leave", "In-Meeting Duration", "Email", "Participant ID (UPN)", "Role"])
    ppl = [
        ("Hoekstra, Wytse (DGOO)", "1:58 PM", "3:34 PM", "1h 36m", "wytse.hoekstra@minbzk.nl", "wytse.hoekstra@minbzk.nl", "Organizer"),
        ("Ouali, Fatima (DGOO)", "1:59 PM", "3:30 PM", "1h 31m", "fatima.ouali@minbzk.nl", "fouali@rijksoverheid.local", "Presenter"),
        ("Vries-Hamstra, Jeroen de (DGDOO)", "2:01 PM", "3:30 PM", "1h 29m", "jeroen.devries-hamstra@minbzk.nl", "jdevries2@rijksoverheid.local", "Presenter"),
        ("Yılmaz, Deniz (DG-BK)", "2:03 PM", "2:45 PM", "42m", "deniz.yilmaz@minbzk.nl", "dyilmaz@rijksoverheid.local", "Attendee"),
        ("Huang, Mei-Lin (WJZ)", "2:00 PM", "3:30 PM", "1h 30m", "meilin.huang@minbzk.nl", "mhuang@rijksoverheid.local", "Attendee"),
        ("Rachid Bouzidi (Gast)", "2:04 PM", "3:29 PM", "1h 25m", "", "", "Attendee"),
        ("Lotte Zomer-Çelik (VNG) (Extern)", "2:00 PM", "3:30 PM", "1h 30m", "lotte.zomer-celik@vng.nl", "", "Attendee"),
        ("iPhone van Ashwin", "2:10 PM", "2:12 PM", "2m", "", "", "Attendee"),
        ("Sewdien-Pinas, Ashwin (Communicatie)", "2:12 PM", "3:30 PM", "1h 18m", "ashwin.sewdien@minbzk.nl", "asewdien@rijksoverheid.local", "Attendee"),
        ("Secretariaat Burgemeester Amsterdam", "1:59 PM", "3:31 PM", "1h 32m", "", "", "Attendee"),
        ("Nowak, Agnieszka (DGDOO)", "2:30 PM", "3:00 PM", "30m", "agnieszka.nowak@minbzk.nl", "anowak3@rijksoverheid.local", "Attendee"),
    ]
    for p in ppl:
        ws.append(list(p))
    ws.append([])
    ws.append(["3. In-Meeting Activities"])
    ws.append(["Ouali, Fatima (DGOO)", "2:05 PM", "shared screen: Woo-index_stand_maart.pptx"])
    widths = {"A": 30, "B": 10, "C": 10, "D": 12, "E": 28, "F": 28, "G": 10}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    for r in (1, 9, 10, 23):
        for c in ws[r]:
            c.font = Font(bold=True)
    ws.page_setup.orientation = "landscape"
    ws.print_options.gridLines = True
    ws.page_setup.fitToWidth = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToHeight = 0
    src = fw.WORK / f"{out.stem}.xlsx"
    wb.save(src)
    fw.soffice_pdf(src, out)
    R = [
        ("PERSON", "Wytse Hoekstra", ["Hoekstra, Wytse", ("wytse.hoekstra@minbzk.nl", False)]),
        ("PERSON", "Fatima Ouali", ["Ouali, Fatima", ("fatima.ouali@minbzk.nl", False), ("fouali@rijksoverheid.local", False)]),
        ("PERSON", "Jeroen de Vries-Hamstra", ["Vries-Hamstra, Jeroen de", ("jeroen.devries-hamstra@minbzk.nl", False), ("jdevries2@rijksoverheid.local", False)]),
        ("PERSON", "Deniz Yılmaz", ["Yılmaz, Deniz", ("deniz.yilmaz@minbzk.nl", False), ("dyilmaz@rijksoverheid.local", False)]),
        ("PERSON", "Mei-Lin Huang", ["Huang, Mei-Lin", ("meilin.huang@minbzk.nl", False), ("mhuang@rijksoverheid.local", False)]),
        ("PERSON", "Rachid Bouzidi", ["Rachid Bouzidi"]),
        ("PERSON", "Lotte Zomer-Çelik", ["Lotte Zomer-Çelik", ("lotte.zomer-celik@vng.nl", False)]),
        ("PERSON", "Ashwin Sewdien-Pinas", ["Ashwin", "Sewdien-Pinas, Ashwin", ("ashwin.sewdien@minbzk.nl", False), ("asewdien@rijksoverheid.local", False)]),
        ("PERSON", "Agnieszka Nowak", ["Nowak, Agnieszka", ("agnieszka.nowak@minbzk.nl", False), ("anowak3@rijksoverheid.local", False)]),
    ]
    return {"R": R, "K": [
        ("ORG", "VNG", ["VNG"]), ("ORG", "G4", ["G4"]), ("ORG", "DGOO", ["DGOO"]), ("ORG", "DGDOO", ["DGDOO"]), ("ORG", "WJZ", ["WJZ"]),
        ("ORG", "Secretariaat Burgemeester Amsterdam", ["Secretariaat Burgemeester Amsterdam"]),
        ("UI", "Organizer", ["Organizer"]), ("UI", "Presenter", ["Presenter"]), ("UI", "Attendee", ["Attendee"]),
        ("UI", "In-Meeting Duration", ["In-Meeting Duration"]), ("UI", "Participants", ["Participants"]), ("UI", "Meeting title", ["Meeting title"]),
        ("MISC", "Gast", ["Gast"]), ("MISC", "Extern", ["Extern"]), ("PRODUCT", "iPhone", ["iPhone"]),
        ("MISC", "Woo-index_stand_maart.pptx", [("Woo-index_stand_maart.pptx", False)]), ("UI", "shared screen", ["shared screen"]),
        ("ORG", "Communicatie", ["Communicatie"]),
    ]}


# ------------------------------------------------------------------------------------------
@doc("an22_notulen_mt_met_opmerkingen")
def an22(out):
    from docx import Document
    from docx.shared import Pt
    d = Document()
    d.styles["Normal"].font.name = "Liberation Serif"
    d.styles["Normal"].font.size = Pt(11)
    d.add_heading("Verslag MT DGOO/DAO – 5 maart 2026 (concept)", level=1)
    p = d.add_paragraph("Aanwezig: Ellen Winter (vz), Senait Tesfaye, Jildou Feenstra (verslag), Habtom Ghebremichael, "
                        "Ania Wiśniewska (agendapunt 3). Afwezig: Ashwin Sewdien-Pinas (m.k.).")
    items = [
        ("1. Opening en mededelingen", "Ellen meldt dat burgemeester Dijksma op 19 maart het Rijksbrede Woo-congres in Utrecht opent. "
         "De directie levert een spreker; voorstel: Habtom."),
        ("2. Woo-verzoek laptops (WOO-2026-0117)", "Senait licht toe: 8 documenten, zienswijze van TechnoRent binnen. De leverancier wil de "
         "namen van haar accountmanagers weglakken; dat is conform de lijn van de Rijksoverheid. Tjitske Hoekstra neemt de juridische "
         "rol over van Ingrid Kowalska, die naar DGDOO gaat."),
        ("3. Financiën Q1", "Ania presenteert de realisatie. Onderuitputting op inhuur (Rijksbrede raamovereenkomst). Budget voor de "
         "Woo-index-koppeling met Logius blijft staan."),
        ("4. Personeel", "Vacature senior beleidsmedewerker Woo: drie kandidaten, gesprekken op 11 maart. Langdurig verzuim van één "
         "medewerker wordt besproken met P&O en de bedrijfsarts (geen namen in het verslag)."),
        ("5. Huisvesting Turfmarkt", "Het Rijksvastgoedbedrijf verbouwt de 12e verdieping vanaf mei. Tijdelijk uitwijken naar Rijnstraat 50 "
         "(verdieping 4, zone D). Gökhan Aydın (Facilitair) zorgt voor de verhuisplanning; werkplekken via de app Flexwhere. "
         "Senait vraagt aandacht voor collega's met een arbo-werkplek; dat loopt individueel via de bedrijfsarts."),
        ("6. Woo-jaarrapportage 2025", "Habtom presenteert de cijfers: 212 verzoeken, gemiddelde doorlooptijd 94 dagen, 61% binnen de termijn. "
         "Het MT vraagt om een analyse per directie voor het gesprek met de SG. Ania levert de kosten aan (inhuur, lakwerk). "
         "Publicatie via de Woo-index en op rijksoverheid.nl in april, na bespreking in de bestuursraad."),
        ("7. Rondvraag en sluiting", "Jildou vraagt iedereen de telefoonlijst te controleren. Volgende MT: 19 maart, zaal Hofvijver."),
    ]
    paras = {}
    for h, t in items:
        d.add_heading(h, level=2)
        paras[h] = d.add_paragraph(t)
    d.add_paragraph("Actielijst: (a) Habtom – spreektekst congres; (b) Senait – besluit Woo-verzoek vóór 14 april; "
                    "(c) Jildou – telefoonlijst bijwerken.")
    from docx.enum.text import WD_BREAK
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    d.add_heading("Bijlage: besluiten- en actielijst MT DAO 2026 (stand 5 maart)", level=2)
    bt = d.add_table(rows=1, cols=5)
    bt.style = "Table Grid"
    for c_, h_ in zip(bt.rows[0].cells, ["Nr", "Datum", "Besluit / actie", "Eigenaar", "Status"]):
        c_.text = h_
    for row in [("2026-01", "08-01", "Jaarplan DAO 2026 vastgesteld", "EW", "afgerond"),
                ("2026-02", "22-01", "Pilot Woo-lakken met AI-ondersteuning onderzoeken met Logius", "HG", "loopt"),
                ("2026-03", "05-02", "Telefoonlijst en smoelenboek per kwartaal bijwerken", "JF", "loopt"),
                ("2026-04", "05-02", "Reactie op inspectierapport Inspectie Overheidsinformatie en Erfgoed", "ST", "afgerond"),
                ("2026-05", "19-02", "Budget inhuur Woo-lakwerk verhoogd met EUR 120.000", "AW", "afgerond"),
                ("2026-06", "05-03", "Spreker Woo-congres Utrecht: Habtom Ghebremichael", "EW", "nieuw"),
                ("2026-07", "05-03", "Besluit Woo-verzoek laptops vóór 14 april", "ST", "nieuw")]:
        for c_, v_ in zip(bt.add_row().cells, row):
            c_.text = v_
    d.add_paragraph()
    d.add_paragraph("Afkortingen eigenaren: EW = directeur, ST = plv. directeur, JF = MT-adviseur, HG = senior beleidsmedewerker, "
                    "AW = financieel adviseur. Verslag vastgesteld in het MT van 19 maart 2026.")
    d.add_comment(paras["2. Woo-verzoek laptops (WOO-2026-0117)"].runs[0],
                  text="Naam van de leverancier in de openbare versie laten staan? Check met Mei-Lin Huang (WJZ).",
                  author="Senait Tesfaye", initials="ST")
    d.add_comment(paras["4. Personeel"].runs[0],
                  text="Het gaat om Storm El Amrani – niet in het verslag zetten, wel bij P&O melden (Sanne Oosterhuis).",
                  author="Karin Bosman-Wijnberg", initials="KBW")
    d.add_comment(p.runs[0], text="Ania was er alleen bij punt 3, aangepast. – Jildou", author="Jildou Feenstra", initials="JF")
    d.core_properties.author = "Karin Bosman-Wijnberg"
    d.core_properties.title = "Verslag MT DAO 5 maart 2026"
    src = fw.WORK / f"{out.stem}.docx"
    d.save(src)
    fw.soffice_pdf(src, out, fw.WRITER_COMMENTS)
    return {"R": [
        ("PERSON", "Ellen Winter", ["Ellen Winter", "Ellen"]), ("PERSON", "Senait Tesfaye", ["Senait Tesfaye", "Senait", "Tesfaye"]),
        ("PERSON", "Jildou Feenstra", ["Jildou Feenstra", "Jildou", "Feenstra"]),
        ("PERSON", "Habtom Ghebremichael", ["Habtom Ghebremichael", "Habtom"]),
        ("PERSON", "Ania Wiśniewska", ["Ania Wiśniewska", "Ania"]), ("PERSON", "Gökhan Aydın", ["Gökhan Aydın", "Aydın"]),
        ("INITIALS", "EW", ["EW"]), ("INITIALS", "ST", ["ST"]), ("INITIALS", "JF", ["JF"]), ("INITIALS", "HG", ["HG"]), ("INITIALS", "AW", ["AW"]), ("PERSON", "Ashwin Sewdien-Pinas", ["Ashwin Sewdien-Pinas"]),
        ("PERSON", "Tjitske Hoekstra", ["Tjitske Hoekstra"]), ("PERSON", "Ingrid Kowalska", ["Ingrid Kowalska"]),
        ("PERSON", "Mei-Lin Huang", ["Mei-Lin Huang"]), ("PERSON", "Storm El Amrani", ["Storm El Amrani"]),
        ("PERSON", "Sanne Oosterhuis", ["Sanne Oosterhuis"]), ("PERSON", "Karin Bosman-Wijnberg", ["Karin Bosman-Wijnberg"]),
    ], "K": [
        ("ORG", "DGOO", ["DGOO"]), ("ORG", "DAO", ["DAO"]), ("OFFICIAL", "burgemeester Dijksma", ["burgemeester Dijksma"]),
        ("LOC", "Utrecht", ["Utrecht"]), ("ID", "WOO-2026-0117", ["WOO-2026-0117"]), ("ORG", "TechnoRent", ["TechnoRent"]),
        ("ORG", "Rijksoverheid", ["Rijksoverheid"]), ("ORG", "DGDOO", ["DGDOO"]), ("ORG", "Logius", ["Logius"]), ("ORG", "P&O", ["P&O"]),
        ("FUNC", "bedrijfsarts", ["bedrijfsarts"]), ("FUNC", "senior beleidsmedewerker Woo", ["senior beleidsmedewerker Woo"]),
        ("ROOM", "Hofvijver", ["Hofvijver"]), ("PROG", "Woo-index", ["Woo-index"]), ("MISC", "Actielijst", ["Actielijst"]),
        ("FUNC", "accountmanagers", ["accountmanagers"]), ("ORG", "Rijksvastgoedbedrijf", ["Rijksvastgoedbedrijf"]),
        ("LOC", "Rijnstraat 50", ["Rijnstraat 50"]), ("PRODUCT", "Flexwhere", ["Flexwhere"]), ("ORG", "Facilitair", ["Facilitair"]),
        ("ORG", "SG", ["SG"]), ("ORG", "bestuursraad", ["bestuursraad"]), ("LOC", "rijksoverheid.nl", [("rijksoverheid.nl", False)]),
        ("MISC", "Woo-jaarrapportage 2025", ["Woo-jaarrapportage 2025"]),
        ("ORG", "Inspectie Overheidsinformatie en Erfgoed", ["Inspectie Overheidsinformatie en Erfgoed"]), ("MISC", "Jaarplan DAO 2026", ["Jaarplan DAO 2026"]),
        ("FUNC", "MT-adviseur", ["MT-adviseur"]), ("FUNC", "financieel adviseur", ["financieel adviseur"]),
    ]}


# ------------------------------------------------------------------------------------------
@doc("an23_outlook_tracking_antwoorden")
def an23(out):
    css = """
    h1{font-size:13pt;margin:0 0 6px 0} table.tr{width:100%;margin-top:6px} table.tr th{background:#e7ecf3;text-align:left;padding:3px 5px;font-size:8.8pt}
    table.tr td{border-bottom:1px solid #ddd;padding:3px 5px;font-size:8.8pt} .resp{border:1px solid #ccc;padding:6px;margin-top:8px;font-size:9pt}
    .ok{color:#107c10}.no{color:#a4262c}.te{color:#8a6d00}
    """
    rows = [("Hoekstra, Wytse (DGOO)", "Organisator", "Meeting Organizer"),
            ("Ouali, Fatima (DGOO)", "Vereiste deelnemer", "<span class='ok'>Accepted</span> 5-3-2026 09:14"),
            ("Vries-Hamstra, Jeroen de (DGDOO)", "Vereiste deelnemer", "<span class='ok'>Accepted</span> 5-3-2026 10:02"),
            ("Yılmaz, Deniz (DG-BK)", "Vereiste deelnemer", "<span class='te'>Tentative</span> 6-3-2026 16:40"),
            ("Tesfaye, Senait (DGOO/DAO)", "Vereiste deelnemer", "<span class='no'>Declined</span> 5-3-2026 11:31"),
            ("Kok, Maarten (FEZ)", "Vereiste deelnemer", "None"),
            ("Huang, Mei-Lin (WJZ)", "Vereiste deelnemer", "<span class='ok'>Accepted</span> 9-3-2026 08:05"),
            ("Groningen, Tjeerd (DGOO)", "Optionele deelnemer", "<span class='no'>Declined</span> 5-3-2026 13:12"),
            ("Sewdien-Pinas, Ashwin (Communicatie)", "Optionele deelnemer", "<span class='ok'>Accepted</span> 5-3-2026 09:20"),
            ("Nowak, Agnieszka (DGDOO)", "Optionele deelnemer", "<span class='te'>Tentative</span> 10-3-2026 12:00"),
            ("BZK-TM147-12.41 Hofvijver", "Resource", "<span class='ok'>Accepted</span> (automatisch)")]
    trs = "".join(f"<tr><td>{esc(a)}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows)
    body = f"""
    <div class='small'>Outlook &ndash; afdrukken in tabelstijl &middot; tabblad Tracking</div>
    <h1>Bestuurlijk overleg Woo-uitvoering gemeenten (G4 + VNG)</h1>
    <div>Do 12-3-2026 14:00-15:30 &middot; Turfmarkt 147, vergaderzaal 12.41 &lsquo;Hofvijver&rsquo;; Microsoft Teams-vergadering</div>
    <div class='small'>Accepted: 5 &middot; Tentative: 2 &middot; Declined: 2 &middot; None: 1</div>
    <table class='tr'><tr><th>Naam</th><th>Deelname</th><th>Antwoord</th></tr>{trs}</table>
    <div class='resp'><b>Declined: Bestuurlijk overleg Woo-uitvoering gemeenten (G4 + VNG)</b><br>
    Van: Tesfaye, Senait (DGOO/DAO) &lt;senait.tesfaye@minbzk.nl&gt;<br>
    Helaas, dan zit ik bij de medezeggenschap. Ellen gaat namens DAO.</div>
    <div class='resp'><b>Tentative: Bestuurlijk overleg Woo-uitvoering gemeenten (G4 + VNG)</b><br>
    Van: Yılmaz, Deniz (DG-BK) &lt;deniz.yilmaz@minbzk.nl&gt;<br>
    Waarschijnlijk wel; ik heb eerst nog een afspraak bij het ziekenhuis (privé). Anders stuur ik Hamid Tahiri.</div>
    <div class='resp'><b>Accepted: Bestuurlijk overleg Woo-uitvoering gemeenten (G4 + VNG)</b><br>
    Van: Groningen, Tjeerd (DGOO) namens Wytse Hoekstra<br>Correctie: Tjeerd kan niet, zie boven. Reply all is niet nodig.</div>
    """
    fw.chromium_pdf(html_page("Tracking - Bestuurlijk overleg Woo-uitvoering gemeenten", body, css), out)
    names = [("Wytse Hoekstra", ["Hoekstra, Wytse", "Wytse Hoekstra"]), ("Fatima Ouali", ["Ouali, Fatima"]),
             ("Jeroen de Vries-Hamstra", ["Vries-Hamstra, Jeroen de"]),
             ("Deniz Yılmaz", ["Yılmaz, Deniz", ("deniz.yilmaz@minbzk.nl", False)]),
             ("Senait Tesfaye", ["Tesfaye, Senait", ("senait.tesfaye@minbzk.nl", False)]), ("Maarten Kok", ["Kok, Maarten"]),
             ("Mei-Lin Huang", ["Huang, Mei-Lin"]), ("Tjeerd Groningen", ["Groningen, Tjeerd", "Tjeerd"]),
             ("Ashwin Sewdien-Pinas", ["Sewdien-Pinas, Ashwin"]), ("Agnieszka Nowak", ["Nowak, Agnieszka"]),
             ("Ellen", ["Ellen"]), ("Hamid Tahiri", ["Hamid Tahiri", "Tahiri"])]
    return {"R": [("PERSON", n, p) for n, p in names] + [], "K": [
        ("UI", "Accepted", ["Accepted"]), ("UI", "Tentative", ["Tentative"]), ("UI", "Declined", ["Declined"]),
        ("UI", "Meeting Organizer", ["Meeting Organizer"]), ("UI", "Tracking", ["Tracking"]), ("UI", "Reply all", ["Reply all"]),
        ("ORG", "VNG", ["VNG"]), ("ORG", "G4", ["G4"]), ("ORG", "DG-BK", ["DG-BK"]), ("ORG", "FEZ", ["FEZ"]), ("ORG", "WJZ", ["WJZ"]),
        ("ORG", "DAO", ["DAO"]), ("ROOM", "Hofvijver", ["Hofvijver"]), ("ROOM", "BZK-TM147-12.41", ["BZK-TM147-12.41"]),
        ("LOC", "Turfmarkt 147", ["Turfmarkt 147"]), ("PRODUCT", "Microsoft Teams", ["Microsoft Teams"]), ("PRODUCT", "Outlook", ["Outlook"]),
        ("FUNC", "Vereiste deelnemer", ["Vereiste deelnemer"]), ("MISC", "medezeggenschap", ["medezeggenschap"]),
    ]}


# ------------------------------------------------------------------------------------------
@doc("an24_sharepoint_teamsite_woo")
def an24(out):
    css = """
    body{font-family:'DejaVu Sans',sans-serif;font-size:9pt}
    .sb{background:#03787c;color:#fff;padding:7px 10px;font-size:12pt} .nav{font-size:8pt;color:#03787c;margin:4px 0 10px 0}
    h2{font-size:11pt;border-bottom:1px solid #ccc;margin:12px 0 5px 0}
    .people{display:flex;gap:14px} .pc{border:1px solid #ddd;padding:6px;width:30%;font-size:8.5pt}
    table.lib{width:100%} table.lib th{text-align:left;border-bottom:1px solid #999;font-size:8.3pt} table.lib td{font-size:8.3pt;border-bottom:1px solid #eee;padding:2px 3px}
    """
    lib = [("Inventarislijst_2026-0117.xlsx", "4 mrt. 2026", "Tjitske Hoekstra", "Roos Bakker"),
           ("Zienswijze_TechnoRent_ondertekend.pdf", "5 mrt. 2026", "Ingrid Kowalska", "Ingrid Kowalska"),
           ("Besluit_concept_v3.docx", "6 mrt. 2026", "Roos Bakker", "Storm El Amrani"),
           ("Lakinstructie_persoonsgegevens.docx", "12 jan. 2026", "Hoop Sanichar", "Hoop Sanichar"),
           ("Export_TopDesk_2025.csv", "6 mrt. 2026", "Hylke Bouma", "Hylke Bouma")]
    rows = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>" for a, b, c, d in lib)
    body = f"""
    <div class='sb'>SharePoint &middot; Woo-coördinatie DGOO</div>
    <div class='nav'>Home &rsaquo; Woo-verzoeken 2026 &rsaquo; 2026-0117 Laptops &nbsp;|&nbsp; Gevolgd &middot; Delen &middot; Pagina-details</div>
    <h2>Over dit verzoek</h2>
    <p>Verzoeker: journalist (naam in het zaakdossier). Ontvangen 19 februari 2026, verdaagd tot 14 april. Behandelend team:
    Woo-coördinatie DGOO. Vragen? Mail woo-dgoo@minbzk.nl of bel het algemene nummer 070 426 6426.</p>
    <h2>Contactpersonen</h2>
    <div class='people'>
    <div class='pc'><b>Roos Bakker</b><br>Woo-coördinator<br><a href='mailto:roos.bakker@minbzk.nl'>roos.bakker@minbzk.nl</a></div>
    <div class='pc'><b>Tjitske Hoekstra</b><br>jurist (a.i.)<br>06-12 70 38 95</div>
    <div class='pc'><b>Storm El Amrani</b><br>informatiespecialist<br>tijdelijk afwezig</div></div>
    <h2>Documenten</h2>
    <table class='lib'><tr><th>Naam</th><th>Gewijzigd</th><th>Gewijzigd door</th><th>Eigenaar</th></tr>{rows}</table>
    <h2>Nieuws</h2>
    <p><b>Nieuwe lakinstructie</b> &ndash; Hoop heeft de lakinstructie bijgewerkt: functionele mailboxen en het algemene nummer blijven staan,
    namen van ambtenaren gaan weg, behalve van bewindspersonen en van bestuurders in functie, zoals burgemeester Halsema en wethouder Meliani. Gepubliceerd door Hoop Sanichar op 12 januari 2026.</p>
    <p class='small'>Pagina laatst gewijzigd door Roos Bakker &middot; 6 mrt. 2026 16:55 &middot; 214 weergaven</p>
    """
    fw.chromium_pdf(html_page("Woo-verzoek 2026-0117 - Woo-coördinatie DGOO - SharePoint", body, css), out)
    fw.add_hidden(out, outline=[("2026-0117 Laptops (eigenaar: Roos Bakker)", 0), ("Contactpersonen", 0),
                                ("Documenten - ingecheckt door Hylke Bouma (hbouma)", 0)],
                  links=[(0, [40, 300, 200, 312], "https://minbzk.sharepoint.com/sites/woo-dgoo/_layouts/15/userdisp.aspx?Account=i%3A0%23.f%7Cmembership%7Cstorm.elamrani%40minbzk.nl")])
    return {"R": [
        ("PERSON", "Roos Bakker", ["Roos Bakker", ("roos.bakker@minbzk.nl", False)]),
        ("PERSON", "Tjitske Hoekstra", ["Tjitske Hoekstra"]), ("PHONE", "06-12 70 38 95", [("06-12 70 38 95", False)]),
        ("PERSON", "Storm El Amrani", ["Storm El Amrani", ("storm.elamrani", False)]),
        ("PERSON", "Ingrid Kowalska", ["Ingrid Kowalska"]), ("PERSON", "Hoop Sanichar", ["Hoop Sanichar", "Hoop"]),
        ("PERSON", "Hylke Bouma", ["Hylke Bouma", "hbouma"]),
    ], "K": [
        ("PRODUCT", "SharePoint", ["SharePoint"]), ("ORG", "Woo-coördinatie DGOO", ["Woo-coördinatie DGOO"]),
        ("EMAIL_FUNC", "woo-dgoo@minbzk.nl", [("woo-dgoo@minbzk.nl", False)]), ("PHONE_FUNC", "070 426 6426", [("070 426 6426", False)]),
        ("FUNC", "Woo-coördinator", ["Woo-coördinator"]), ("FUNC", "jurist (a.i.)", ["jurist (a.i.)"]), ("FUNC", "informatiespecialist", ["informatiespecialist"]),
        ("FUNC", "journalist", ["journalist"]), ("OFFICIAL", "burgemeester Halsema", ["burgemeester Halsema"]),
        ("OFFICIAL", "wethouder Meliani", ["wethouder Meliani"]), ("UI", "Gewijzigd door", ["Gewijzigd door"]),
        ("MISC", "Inventarislijst_2026-0117.xlsx", [("Inventarislijst_2026-0117.xlsx", False)]), ("ORG", "TechnoRent", ["TechnoRent"]),
        ("PRODUCT", "TopDesk", ["TopDesk"]), ("MISC", "Lakinstructie", ["Lakinstructie"]), ("UI", "Pagina-details", ["Pagina-details"]), ("UI", "Gevolgd", ["Gevolgd"]),
        ("MISC", "Woo-verzoeken 2026", ["Woo-verzoeken 2026"]), ("UI", "Eigenaar", ["Eigenaar"]), ("MISC", "zaakdossier", ["zaakdossier"]),
    ]}


# ------------------------------------------------------------------------------------------
@doc("an25_presentielijst_training_scan_ocr")
def an25(out):
    src = fw.WORK / f"{out.stem}_src.pdf"
    rows = [
        ("Auke Dijkstra", "Provincie Fryslân", "A. Dijkstra"),
        ("Priya Ramdin", "Gemeente Almere", "P. Ramdin"),
        ("Giovanni Isenia", "Ministerie van VWS", "G. Isenia"),
        ("Merel Vos", "Gemeente Groningen", "M. Vos"),
        ("Hatice Çelik", "UWV", "H. Celik"),
        ("Rinaldo Kartosen", "Gemeente Rotterdam", "R. Kartosen"),
        ("Zeynep Korkmaz-de Jong", "Belastingdienst", "Z. Korkmaz"),
        ("Tsegay Ghebreyesus", "COA", "T. G."),
        ("Yonas Haile", "BZK (trainer)", "Y. Haile"),
    ]
    from reportlab.pdfgen import canvas
    W, H = A4
    c = canvas.Canvas(str(src), pagesize=A4)
    c.setFont("DVB", 14)
    c.drawString(18 * mm, H - 20 * mm, "Presentielijst training 'Woo in de praktijk'")
    c.setFont("DV", 9)
    c.drawString(18 * mm, H - 26 * mm, "18 maart 2026 · Digicampus, Utrecht · Programma Open Overheid (BZK) · trainer: Yonas Haile")
    xs = [18 * mm, 80 * mm, 135 * mm, 192 * mm]
    y = H - 36 * mm
    c.setFont("DVB", 9)
    for x, h in zip(xs, ["Naam (blokletters)", "Organisatie", "Handtekening"]):
        c.drawString(x + 2, y + 3, h)
    c.line(xs[0], y, xs[-1], y)
    for n, org, sig in rows:
        y -= 14 * mm
        c.setFont("DV", 10)
        c.drawString(xs[0] + 3, y + 5 * mm, n.upper())
        c.drawString(xs[1] + 3, y + 5 * mm, org)
        c.setFont("HAND", 20)
        c.drawString(xs[2] + 6, y + 4 * mm, sig)
        c.line(xs[0], y, xs[-1], y)
    for x in xs:
        c.line(x, H - 36 * mm + 12, x, y)
    c.setFont("DV", 8)
    c.drawString(18 * mm, y - 10 * mm, "Uw gegevens worden alleen gebruikt voor de deelnemersregistratie en het certificaat (Digicampus, openoverheid@minbzk.nl).")
    c.showPage()
    c.save()
    fw.scan_pdf(src, out, seed=25, ocr_layer=True, skew=0.7, noise=13)
    R = []
    for n, org, sig in rows:
        R.append(("PERSON", n, [n.upper(), n.upper().split()[-1], sig]))
    R.append(("PERSON", "Yonas Haile", ["Yonas Haile"]))
    return {"R": R, "K": [
        ("ORG", "Provincie Fryslân", ["Provincie Fryslân"]), ("ORG", "Gemeente Almere", ["Gemeente Almere"]),
        ("ORG", "Ministerie van VWS", ["Ministerie van VWS"]), ("ORG", "UWV", ["UWV"]), ("ORG", "Belastingdienst", ["Belastingdienst"]),
        ("ORG", "COA", ["COA"]), ("ORG", "BZK", ["BZK"]), ("LOC", "Digicampus", ["Digicampus"]), ("LOC", "Utrecht", ["Utrecht"]),
        ("PROG", "Programma Open Overheid", ["Programma Open Overheid"]), ("MISC", "Presentielijst", ["Presentielijst"]),
        ("EMAIL_FUNC", "openoverheid@minbzk.nl", [("openoverheid@minbzk.nl", False)]), ("MISC", "Handtekening", ["Handtekening"]),
        ("ORG", "Gemeente Rotterdam", ["Gemeente Rotterdam"]), ("ORG", "Gemeente Groningen", ["Gemeente Groningen"]),
    ]}


# ------------------------------------------------------------------------------------------
@doc("an26_outlook_mail_met_bijlagen")
def an26(out):
    css = """
    .h td{padding:1px 8px 1px 0;font-size:9.5pt}.h td.k{font-weight:bold;width:90px}
    .att{border:1px solid #ccc;padding:4px 8px;margin:8px 0;font-size:9pt;background:#f7f7f7}
    hr{border:0;border-top:2px solid #000}
    """
    body = """
    <div style='font-size:13pt;font-weight:bold'>Bakker, Roos</div><hr>
    <table class='h'>
    <tr><td class='k'>Van:</td><td>Martina, Sky (RIC) &lt;sky.martina@minbzk.nl&gt;</td></tr>
    <tr><td class='k'>Verzonden:</td><td>woensdag 4 maart 2026 15:27</td></tr>
    <tr><td class='k'>Aan:</td><td>Bakker, Roos (DGOO)</td></tr>
    <tr><td class='k'>CC:</td><td>Tesfamariam, Dawit (RIC); Inkoop ICT (functioneel) &lt;inkoop-ict@minbzk.nl&gt;</td></tr>
    <tr><td class='k'>Onderwerp:</td><td>RE: contract laptops TechnoRent voor Woo-verzoek</td></tr>
    <tr><td class='k'>Bijlagen:</td><td>Raamovereenkomst_TechnoRent_2024.pdf; Offerte_juni_2025.pdf</td></tr>
    </table>
    <p>Hoi Roos,</p>
    <p>Hierbij het contract en de offerte van juni. Let op: in de offerte staan de handtekening en het mobiele nummer van hun
    directeur, de heer Wouter van Rijswijk (06-51 23 07 88), en die van onze eigen inkoper. De rest is zakelijk.</p>
    <p>Het contractnummer is RIC-2024-0388; het loopt via het Rijksinkoopcentrum (categorie Werkplekdiensten). Voor vragen kun je ook
    Dawit bellen, hij is vanaf volgende week contractmanager.</p>
    <p>Groetjes,<br>Sky</p>
    <p style='font-size:8.5pt;color:#555'>Sky Martina | inkoopadviseur ICT | Rijksinkoopcentrum (RIC) | Ministerie van BZK<br>
    Turfmarkt 147 | 2511 DP Den Haag | M 06-28 47 19 30 | werkdagen ma, di, do</p>
    <div class='att'>📎 Raamovereenkomst_TechnoRent_2024.pdf (812 KB) &nbsp; 📎 Offerte_juni_2025.pdf (344 KB)</div>
    <p style='font-size:8pt;color:#777'>Van: Bakker, Roos (DGOO)<br>Verzonden: woensdag 4 maart 2026 09:10<br>Aan: Martina, Sky (RIC)<br>
    Onderwerp: contract laptops TechnoRent voor Woo-verzoek<br><br>Hoi Sky, zoals besproken met Bo: kun je het contract met TechnoRent sturen? Dank! Roos</p>
    """.replace("📎", "[bijlage]")
    fw.chromium_pdf(html_page("RE: contract laptops TechnoRent voor Woo-verzoek", body, css), out)
    fw.add_hidden(out, meta={"Author": "Roos Bakker", "Title": "RE: contract laptops TechnoRent voor Woo-verzoek"},
                  attachments=[("Raamovereenkomst_TechnoRent_2024.pdf", "ondertekend door W. van Rijswijk en D. Tesfamariam"),
                               ("Offerte_juni_2025.pdf", "offerte, contactpersoon Jasmijn Storm"),
                               ("image001_handtekening_Sky_Martina.png", "handtekening")])
    return {"R": [
        ("PERSON", "Roos Bakker", ["Bakker, Roos", "Roos Bakker", "Roos"]),
        ("PERSON", "Sky Martina", ["Martina, Sky", "Sky Martina", "Sky", ("sky.martina@minbzk.nl", False), ("Sky_Martina", False)]),
        ("PERSON", "Dawit Tesfamariam", ["Tesfamariam, Dawit", "Dawit", "D. Tesfamariam"]),
        ("PERSON", "Wouter van Rijswijk", ["Wouter van Rijswijk", "van Rijswijk", "W. van Rijswijk"]),
        ("PHONE", "06-51 23 07 88", [("06-51 23 07 88", False)]), ("PHONE", "06-28 47 19 30", [("06-28 47 19 30", False)]),
        ("PERSON", "Bo", ["Bo"]), ("PERSON", "Jasmijn Storm", ["Jasmijn Storm"]),
    ], "K": [
        ("EMAIL_FUNC", "inkoop-ict@minbzk.nl", [("inkoop-ict@minbzk.nl", False)]), ("ORG", "RIC", ["RIC"]),
        ("ORG", "Rijksinkoopcentrum", ["Rijksinkoopcentrum"]), ("ORG", "TechnoRent", ["TechnoRent"]), ("ORG", "DGOO", ["DGOO"]),
        ("ORG", "Ministerie van BZK", ["Ministerie van BZK"]), ("LOC", "Turfmarkt 147", ["Turfmarkt 147"]), ("LOC", "Den Haag", ["Den Haag"]),
        ("ID", "RIC-2024-0388", ["RIC-2024-0388"]), ("MISC", "Werkplekdiensten", ["Werkplekdiensten"]),
        ("FUNC", "inkoopadviseur ICT", ["inkoopadviseur ICT"]), ("FUNC", "contractmanager", ["contractmanager"]),
        ("FUNC", "directeur", ["directeur"]), ("MISC", "Raamovereenkomst_TechnoRent_2024.pdf", [("Raamovereenkomst_TechnoRent_2024.pdf", False)]),
        ("MISC", "Offerte_juni_2025.pdf", [("Offerte_juni_2025.pdf", False)]), ("UI", "Bijlagen", ["Bijlagen"]),
    ]}


# ------------------------------------------------------------------------------------------
@doc("an27_contactgroep_distributielijst")
def an27(out):
    members = [
        ("Achahbar, Nadia (DICTU)", "nadia.achahbar@dictu.nl"), ("Ameziane, Youssef (DGOO/DDO)", "youssef.ameziane@minbzk.nl"),
        ("Bhagwandin, Sabitri (RIC)", "sabitri.bhagwandin@minbzk.nl"), ("Cijntje, Dennis (Logius)", "dennis.cijntje@logius.nl"),
        ("Đặng, Anh (DGOO/APS)", "anh.dang@minbzk.nl"), ("Groningen, Tjeerd (DGOO)", "tjeerd.groningen@minbzk.nl"),
        ("Isenia, Giovanni (VWS)", "g.isenia@minvws.nl"), ("Kok-Rijsdijk, Roosmarijn (DGOO/DDO)", "roosmarijn.kok@minbzk.nl"),
        ("Mensah-Boateng, Kofi (DGOO)", "kofi.mensah-boateng@minbzk.nl"), ("Oosterhuis, Sanne (P&O)", "sanne.oosterhuis@minbzk.nl"),
        ("Pham, Thi Lan (European Commission)", "thi-lan.pham@ec.europa.eu"), ("Sulvaran, Jurgen (BZK/Koninkrijksrelaties)", "jurgen.sulvaran@minbzk.nl"),
        ("Terpstra, Gerrit-Jan (DGOO/APS)", "gerrit-jan.terpstra@minbzk.nl"), ("Weldemariam, Yohannes (DGOO)", "yohannes.weldemariam@minbzk.nl"),
        ("Wójcik, Tomasz (RIC)", "tomasz.wojcik@minbzk.nl"), ("Woo-loket BZK", "woo@minbzk.nl"),
        ("Zieliński, Piotr (DGOO)", "piotr.zielinski@minbzk.nl"), ("Secretariaat DGOO", "secretariaat.dgoo@minbzk.nl"),
    ]
    rows = [["Naam", "E-mail"]] + [[a, b] for a, b in members]
    story = [P("<b>Contactgroep: #BZK Netwerk Woo-contactpersonen</b>", 12, "CALB"),
             P("Eigenaar: Hoekstra, Wytse (DGOO) &middot; Leden: 18 &middot; Laatst bijgewerkt 2-3-2026 &middot; Afgedrukt uit Outlook (Personen)", 8.5, "CAL", color=colors.grey),
             Spacer(1, 5), table(rows, [85 * mm, 85 * mm], size=8.5, font="CAL", head_font="CALB"), Spacer(1, 6),
             P("Notities: lijst alleen gebruiken voor het netwerk; aanmelden en afmelden via woo@minbzk.nl. Kofi en Piotr ontvangen ook de "
               "piketberichten. Jurgen is contactpersoon voor Caribisch Nederland (Bonaire, Sint Eustatius en Saba) en werkt deels vanuit Kralendijk.",
               8.5, "CAL")]
    rl_doc(out, story, title="#BZK Netwerk Woo-contactpersonen - Contactgroep", author="Wytse Hoekstra", creator="Microsoft Outlook")
    R = []
    for a, b in members:
        if "(" not in a or a.startswith("Woo-loket") or a.startswith("Secretariaat"):
            continue
        sur, rest = a.split(", ", 1)
        first = rest.split(" (")[0]
        R.append(("PERSON", f"{first} {sur}", [a.split(" (")[0], sur, (b, False)]))
    R.append(("PERSON", "Wytse Hoekstra", ["Hoekstra, Wytse"]))
    R += [("PERSON", "Kofi", ["Kofi"]), ("PERSON", "Piotr", ["Piotr"]), ("PERSON", "Jurgen", ["Jurgen"])]
    return {"R": R, "K": [
        ("EMAIL_FUNC", "woo@minbzk.nl", [("woo@minbzk.nl", False)]), ("EMAIL_FUNC", "secretariaat.dgoo@minbzk.nl", [("secretariaat.dgoo@minbzk.nl", False)]),
        ("ORG", "Woo-loket BZK", ["Woo-loket BZK"]), ("ORG", "Secretariaat DGOO", ["Secretariaat DGOO"]), ("ORG", "DICTU", ["DICTU"]),
        ("ORG", "Logius", ["Logius"]), ("ORG", "European Commission", ["European Commission"]), ("ORG", "Koninkrijksrelaties", ["Koninkrijksrelaties"]),
        ("ORG", "VWS", ["VWS"]), ("ORG", "RIC", ["RIC"]), ("LOC", "Caribisch Nederland", ["Caribisch Nederland"]), ("LOC", "Bonaire", ["Bonaire"]),
        ("LOC", "Sint Eustatius", ["Sint Eustatius"]), ("LOC", "Saba", ["Saba"]), ("LOC", "Kralendijk", ["Kralendijk"]),
        ("PRODUCT", "Outlook", ["Outlook"]), ("MISC", "Contactgroep", ["Contactgroep"]), ("MISC", "#BZK Netwerk Woo-contactpersonen", ["Netwerk Woo-contactpersonen"]),
    ]}


# ------------------------------------------------------------------------------------------
@doc("an28_onenote_pagina_voorbereiding")
def an28(out):
    css = """
    body{font-family:'Carlito','DejaVu Sans',sans-serif;font-size:10.5pt}
    .t{font-size:18pt;border-bottom:1px solid #aaa;padding-bottom:2px}.d{color:#777;font-size:8.5pt;margin-bottom:10px}
    .todo{margin:2px 0}.tag{background:#fff3b0;font-size:8pt;padding:0 3px}
    """
    body = """
    <div class='small'>OneNote &ndash; Notitieblok &lsquo;Woo-coördinatie&rsquo; &rsaquo; Sectie &lsquo;2026-0117&rsquo;</div>
    <div class='t'>Voorbereiding besluit laptops</div>
    <div class='d'>vrijdag 6 maart 2026 &nbsp; 09:41</div>
    <p><b>Openstaande punten</b></p>
    <div class='todo'>&#9744; Bel Storm (thuis) over de stand van de inventaris &ndash; <span class='tag'>Belangrijk</span></div>
    <div class='todo'>&#9745; Lakinstructie naar Bo en Hoop gestuurd</div>
    <div class='todo'>&#9744; Vragen aan Mei-Lin: moet de naam van de TechnoRent-directeur weg? (hij tekent namens het bedrijf)</div>
    <div class='todo'>&#9744; Zienswijze Kuipers: reactie vóór 16/3 &ndash; Tjitske</div>
    <div class='todo'>&#9744; Anonimiseren in de SharePoint-export: kolom &lsquo;Gewijzigd door&rsquo;</div>
    <p><b>Ideeën</b></p>
    <ul><li>Standaard-tekst voor Teams-chats: deelnemers noemen met functie, niet met naam.</li>
    <li>Vragen of Logius de Woo-index kan koppelen aan TOPdesk-meldingsnummers.</li>
    <li>Kamervragen van het lid Van Baarle over laptops? Nagaan bij de Directie Communicatie.</li></ul>
    <p><b>Bellijst</b><br>Kimberly (P&amp;O) toestel 8845 &middot; Hielke (SSC-ICT) 06-27 15 93 80 &middot; Dawit 06-33 90 41 26</p>
    """
    fw.chromium_pdf(html_page("Voorbereiding besluit laptops - OneNote", body, css), out)
    fw.add_hidden(out, notes=[(0, 500, 760, "Marloes van der Berg-Zomer", "Let op: Storm is met ziekteverlof, niet thuis bellen. Via Roos."),
                              (0, 500, 600, "Kevin Janga", "Kamervragen zijn van 2024, niet van nu. Check met Sterre de Wit-Vos.")],
                  meta={"Author": "Roos Bakker"})
    return {"R": [
        ("PERSON", "Storm El Amrani", ["Storm"]), ("PERSON", "Bo Nguyen", ["Bo"]), ("PERSON", "Hoop Sanichar", ["Hoop"]),
        ("PERSON", "Mei-Lin Huang", ["Mei-Lin"]), ("PERSON", "Daan Kuipers", ["Kuipers"]), ("PERSON", "Tjitske Hoekstra", ["Tjitske"]),
        ("PERSON", "Kimberly Rosaria", ["Kimberly"]), ("PERSON", "Hielke Bouma", ["Hielke"]), ("PHONE", "06-27 15 93 80", [("06-27 15 93 80", False)]),
        ("PERSON", "Dawit Tesfamariam", ["Dawit"]), ("PHONE", "06-33 90 41 26", [("06-33 90 41 26", False)]),
        ("PERSON", "Marloes van der Berg-Zomer", ["Marloes van der Berg-Zomer"]), ("PERSON", "Kevin Janga", ["Kevin Janga"]),
        ("PERSON", "Sterre de Wit-Vos", ["Sterre de Wit-Vos"]), ("PERSON", "Roos Bakker", ["Roos Bakker", "Roos"]),
            ], "K": [
        ("PRODUCT", "OneNote", ["OneNote"]), ("PRODUCT", "SharePoint", ["SharePoint"]), ("PRODUCT", "Teams", ["Teams"]),
        ("PRODUCT", "TOPdesk", ["TOPdesk"]), ("ORG", "Logius", ["Logius"]), ("PROG", "Woo-index", ["Woo-index"]),
        ("OFFICIAL", "het lid Van Baarle", ["het lid Van Baarle"]), ("ORG", "Directie Communicatie", ["Directie Communicatie"]),
        ("ORG", "TechnoRent", ["TechnoRent"]), ("ORG", "P&O", ["P&O"]), ("ORG", "SSC-ICT", ["SSC-ICT"]), ("UI", "Gewijzigd door", ["Gewijzigd door"]),
        ("MISC", "Belangrijk", ["Belangrijk"]), ("FUNC", "directeur", ["directeur"]), ("MISC", "Lakinstructie", ["Lakinstructie"]),
    ]}


# ------------------------------------------------------------------------------------------
@doc("an29_geprinte_mail_met_handnotitie_scan")
def an29(out):
    from reportlab.pdfgen import canvas
    src = fw.WORK / f"{out.stem}_src.pdf"
    W, H = A4
    c = canvas.Canvas(str(src), pagesize=A4)
    lines1 = [
        ("DVB", 12, "Wiśniewska, Ania"),
        ("DV", 9, ""),
        ("DVB", 9, "Van:      Kaya, Emre (FEZ) <emre.kaya@minbzk.nl>"),
        ("DVB", 9, "Verzonden: dinsdag 3 maart 2026 17:02"),
        ("DVB", 9, "Aan:      Wiśniewska, Ania (DGOO/DAO)"),
        ("DVB", 9, "CC:       Kok, Maarten (FEZ)"),
        ("DVB", 9, "Onderwerp: Declaraties dienstreizen Woo-netwerk"),
        ("DV", 9, ""),
        ("DV", 10, "Hoi Ania,"),
        ("DV", 10, ""),
        ("DV", 10, "De declaratie van Yonas Haile voor de training in Utrecht is afgekeurd in P-Direkt:"),
        ("DV", 10, "het OV-bewijs ontbrak. Kun jij hem vragen het opnieuw in te dienen?"),
        ("DV", 10, "Ook de reiskosten van Auke Dijkstra (Provincie Fryslân) lopen via ons: het"),
        ("DV", 10, "rekeningnummer dat hij opgaf is NL91 ABNA 0417 1643 00."),
        ("DV", 10, ""),
        ("DV", 10, "Groet,"),
        ("DV", 10, "Emre Kaya"),
        ("DV", 9, "Financieel adviseur | Directie Financieel-Economische Zaken | Ministerie van BZK"),
        ("DV", 9, "T 070 426 8870 | M 06-45 31 72 09"),
    ]
    y = H - 25 * mm
    for f, s, t in lines1:
        c.setFont(f, s)
        c.drawString(22 * mm, y, t)
        y -= s * 1.6
    c.setFillColor(colors.HexColor("#0d2a8a"))
    c.setFont("HAND", 20)
    c.drawString(120 * mm, 120 * mm, "Ania: gedaan 5/3")
    c.drawString(120 * mm, 110 * mm, "Yonas gebeld")
    c.setFont("HAND", 17)
    c.drawString(30 * mm, 70 * mm, "IBAN klopt niet? check met Auke")
    c.drawString(30 * mm, 60 * mm, "- Maarten")
    c.setFillColor(colors.black)
    c.setFont("DV", 7)
    c.drawString(22 * mm, 12 * mm, "1")
    c.showPage()
    c.setFont("DV", 10)
    y = H - 25 * mm
    for t in ["-----Oorspronkelijk bericht-----", "Van: Haile, Yonas (DGOO) <yonas.haile@minbzk.nl>",
              "Verzonden: maandag 2 maart 2026 11:14", "Aan: Kaya, Emre (FEZ)", "Onderwerp: declaratie 18 maart",
              "", "Emre, hierbij mijn declaratie (treinkaartje Den Haag - Utrecht, 2e klas).", "Mijn personeelsnummer is 7702145.",
              "Yonas", "", "Dit bericht kan informatie bevatten die niet voor u is bestemd."]:
        c.drawString(22 * mm, y, t)
        y -= 15
    c.setFillColor(colors.HexColor("#0d2a8a"))
    c.setFont("HAND", 20)
    c.drawString(60 * mm, 150 * mm, "Archief: DAO/2026/FIN  - AW")
    c.setFillColor(colors.black)
    c.setFont("DV", 7)
    c.drawString(22 * mm, 12 * mm, "2")
    c.showPage()
    c.save()
    fw.scan_pdf(src, out, seed=29, ocr_layer=False, skew=0.9, noise=16)
    return {"image_only": True, "R": [
        ("PERSON", "Ania Wiśniewska", ["Wiśniewska, Ania", "Wiśniewska", "Ania", "AW"]),
        ("PERSON", "Emre Kaya", ["Kaya, Emre", "Emre Kaya", "Kaya", "Emre", ("emre.kaya@minbzk.nl", False)]),
        ("PERSON", "Maarten Kok", ["Kok, Maarten", "Maarten"]),
        ("PERSON", "Yonas Haile", ["Yonas Haile", "Haile, Yonas", "Haile", "Yonas", ("yonas.haile@minbzk.nl", False)]),
        ("PERSON", "Auke Dijkstra", ["Auke Dijkstra", "Dijkstra", "Auke"]),
        ("IBAN", "NL91 ABNA 0417 1643 00", [("NL91 ABNA 0417 1643 00", False), ("0417 1643 00", False)]),
        ("PHONE", "070 426 8870", [("070 426 8870", False)]), ("PHONE", "06-45 31 72 09", [("06-45 31 72 09", False)]),
        ("ID", "personeelsnummer 7702145", [("7702145", False)]),
    ], "K": []}


# ------------------------------------------------------------------------------------------
@doc("an30_declaratieformulier_ingevuld")
def an30(out):
    from reportlab.pdfgen import canvas
    W, H = A4
    c = canvas.Canvas(str(out), pagesize=A4)
    c.setTitle("Declaratieformulier reis- en verblijfkosten externen (invulbaar)")
    c.setAuthor("Directie FEZ")
    c.setFont("DVB", 13)
    c.drawString(18 * mm, H - 20 * mm, "Declaratieformulier reis- en verblijfkosten externe deelnemers")
    c.setFont("DV", 8.5)
    c.drawString(18 * mm, H - 26 * mm, "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties · Directie FEZ · retour naar declaraties-fez@minbzk.nl")
    form = c.acroForm
    fields = [("naam", "Naam declarant", "Auke Dijkstra"), ("organisatie", "Organisatie", "Provincie Fryslân"),
              ("adres", "Huisadres", "Tsjerkebuorren 14, 9035 VB Dronryp"), ("iban", "IBAN", "NL91 ABNA 0417 1643 00"),
              ("tnv", "Ten name van", "A.S. Dijkstra"), ("telefoon", "Telefoon", "06-22 48 31 57"),
              ("bijeenkomst", "Bijeenkomst", "Training Woo in de praktijk, Digicampus Utrecht, 18-3-2026"),
              ("bedrag", "Bedrag (EUR)", "47,60"), ("contact", "Contactpersoon BZK", "Yonas Haile")]
    y = H - 40 * mm
    for name, label, val in fields:
        c.setFont("DV", 9)
        c.drawString(18 * mm, y + 2, label)
        form.textfield(name=name, tooltip=label, x=70 * mm, y=y - 2, width=120 * mm, height=14, value=val,
                       fontName="Helvetica", fontSize=9, borderColor=colors.grey, fillColor=colors.HexColor("#eef3ff"))
        y -= 10 * mm
    c.setFont("DV", 9)
    c.drawString(18 * mm, y - 4, "Handtekening declarant:")
    c.setFont("HAND", 22)
    c.drawString(70 * mm, y - 6, "A. Dijkstra")
    c.setFont("DV", 8)
    c.drawString(18 * mm, y - 22, "Ingediend per e-mail; het formulier is gecontroleerd door de afdeling Financiën (Shared Service Center FEZ).")
    c.drawString(18 * mm, y - 34, "Uitbetaling binnen 30 dagen via P-Direkt. Vragen: 070 426 6426 (algemeen).")
    c.showPage()
    c.save()
    fw.add_hidden(out, fields=[(0, "behandelaar_intern", "Emre Kaya (FEZ), akkoord 5-3", [400, 60, 560, 72])])
    return {"R": [
        ("PERSON", "Auke Dijkstra", ["Auke Dijkstra", "A.S. Dijkstra", "A. Dijkstra", "Dijkstra"]),
        ("ADDRESS", "Tsjerkebuorren 14, 9035 VB Dronryp", ["Tsjerkebuorren 14", "9035 VB"]),
        ("IBAN", "NL91 ABNA 0417 1643 00", [("NL91 ABNA 0417 1643 00", False)]),
        ("PHONE", "06-22 48 31 57", [("06-22 48 31 57", False)]),
        ("PERSON", "Yonas Haile", ["Yonas Haile"]), ("PERSON", "Emre Kaya", ["Emre Kaya"]),
    ], "K": [
        ("ORG", "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties", ["Ministerie van Binnenlandse Zaken en Koninkrijksrelaties"]),
        ("ORG", "Directie FEZ", ["Directie FEZ"]), ("EMAIL_FUNC", "declaraties-fez@minbzk.nl", [("declaraties-fez@minbzk.nl", False)]),
        ("PHONE_FUNC", "070 426 6426", [("070 426 6426", False)]), ("ORG", "P-Direkt", ["P-Direkt"]),
        ("ORG", "Shared Service Center FEZ", ["Shared Service Center FEZ"]), ("MISC", "Declaratieformulier", ["Declaratieformulier"]),
        ("MISC", "Handtekening declarant", ["Handtekening declarant"]), ("MISC", "Ten name van", ["Ten name van"]),
        ("MISC", "Huisadres", ["Huisadres"]), ("MISC", "Bijeenkomst", ["Bijeenkomst"]), ("MISC", "Bedrag (EUR)", ["Bedrag (EUR)"]), ("MISC", "IBAN", ["IBAN"]), ("MISC", "Contactpersoon BZK", ["Contactpersoon BZK"]),
    ]}
