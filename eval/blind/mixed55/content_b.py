"""Set BM documents bm12-bm22: dike reinforcement, land acquisition, map, Woo decision, inventory."""
from __future__ import annotations

import math

from lib import (A4, Doc, landscape, mm, colors, make_bsn, make_iban, scan_pdf, bold_of, DOCS_DIR)
from content_a import sidecol, logo

DOCS = []


def reg(fn):
    DOCS.append(fn)
    return fn


# ============================================================== bm12 aanbod grondverwerving (WSRL)
@reg
def bm12():
    d = Doc("bm12_wsrl_aanbod_grondverwerving_gowa", "Aanbod aankoop grond dijkversterking Gorinchem-Waardenburg",
            font="LiberationSerif", size=10, producer="reportlab (Liberation Serif, side column)")
    d.first_top = 82 * mm
    d.first_right = 66 * mm
    W, H = A4

    def fp(c, doc):
        logo(c, 25 * mm, H - 20 * mm, "Waterschap Rivierenland", color="#1d5fa8")
        sidecol(c, ["**Waterschap Rivierenland", "De Blomboogerd 1", "4003 BX Tiel", "Postbus 599",
                    "4000 AN Tiel", "T (0344) 64 90 90", "info@wsrl.nl", "", "**Project",
                    "Dijkversterking Gorinchem-", "Waardenburg (GoWa)", "**Rentmeester",
                    "G.W. Vermeulen RMT", "M 06 20 48 71 33", "g.vermeulen@wsrl.nl", "", "**Ons kenmerk",
                    "GoWa-GV-2025-0178", "**Datum", "28 april 2025"], W - 58 * mm, H - 40 * mm,
                font="LiberationSans", size=7.3)
        c.setFont("LiberationSerif", 10)
        y = H - 48 * mm
        for ln in ["Aangetekend", "De heer A. Zwijnenberg en", "mevrouw H.M. Zwijnenberg-van Wijk",
                   "Waalbandijk 31", "4175 CA  HAAFTEN"]:
            c.drawString(25 * mm, y, ln)
            y -= 12.5
    d.first_page = fp
    d.footer = "GoWa-GV-2025-0178 - blad {p} van 2"
    d.p("<b>Betreft: schriftelijk aanbod tot aankoop van grond voor de dijkversterking</b>")
    d.p("Geachte heer en mevrouw Zwijnenberg,")
    d.p("Voor de versterking van de Waaldijk tussen Gorinchem en Waardenburg heeft Waterschap Rivierenland een "
        "deel van uw percelen nodig. Het project maakt deel uit van het Hoogwaterbeschermingsprogramma (HWBP). "
        "Het projectplan Waterwet is op 15 november 2024 door Gedeputeerde Staten van Gelderland goedgekeurd. "
        "In de gesprekken aan de keukentafel op 12 februari en 19 maart 2025 heeft u met mij en met onze "
        "omgevingsmanager, Lotte Verhagen-Ochieng, over de aankoop gesproken. Met deze brief doen wij u "
        "een schriftelijk aanbod.")
    d.table([["Kadastraal perceel", "Oppervlakte nodig", "Bestemming", "Prijs"],
             ["Haaften K 1188 (ged.)", "0.41.20 ha", "agrarisch, boomgaard", "€ 41.200"],
             ["Haaften K 1190 (ged.)", "0.08.75 ha", "erf/tuin", "€ 35.000"],
             ["Haaften K 2207", "0.22.10 ha", "weiland", "€ 17.680"],
             ["Schadeloosstelling", "", "waardevermindering restant, inkomensschade, bijkomende kosten",
              "€ 48.615"],
             ["Totaal", "", "", "€ 142.495"]], (33, 24, 40, 21))
    d.p("Het aanbod is gebaseerd op het taxatierapport van ing. Pieter-Jan Oosterhout (Taxatiebureau "
        "Lingewaard) van 3 april 2025, volgens de systematiek van de schadeloosstelling bij onteigening "
        "(afdeling 15.2 Omgevingswet). U kunt zich laten bijstaan door een eigen rentmeester; de redelijke "
        "kosten vergoeden wij. U heeft aangegeven dat uw zwager, de heer Dirk-Jan van Wijk, u daarbij helpt.")
    d.brk()
    d.h("Planning en voorwaarden")
    d.p("Wij vragen u uiterlijk 30 juni 2025 te laten weten of u het aanbod aanvaardt. Na aanvaarding stelt "
        "Notariskantoor Van Eck &amp; Hoogendoorn in Tiel de akte op. Als wij niet tot overeenstemming komen, "
        "kan het algemeen bestuur besluiten een onteigeningsbeschikking te nemen (hoofdstuk 11 Omgevingswet). "
        "Wij hopen dat dat niet nodig is.")
    d.p("De fruitbomen op perceel K 1188 mag u tot 1 november 2025 zelf rooien; de opbrengst is voor u. "
        "Over de herplant van de leilindes bij uw woning maakt dijkgraaf Van Poelgeest met u een "
        "afzonderlijke afspraak; hij heeft dat bij zijn bezoek op 19 maart toegezegd.")
    d.p("Met vriendelijke groet,<br/>Waterschap Rivierenland<br/><br/><br/>G.W. (Gijs) Vermeulen RMT<br/>"
        "rentmeester projectteam GoWa")
    d.p("Bijlagen: taxatierapport; grondtekening GoWa-GV-K1188; concept koopovereenkomst.<br/>"
        "Kopie: mr. ing. D.J. van Wijk (per e-mail: dj.vanwijk@agroadvies-betuwe.nl)", size=8.5)
    d.r("PERSON", "A. Zwijnenberg", "Zwijnenberg", "A. Zwijnenberg")
    d.r("PERSON", "H.M. Zwijnenberg-van Wijk", "Zwijnenberg-van Wijk", "H.M.")
    d.r("ADDRESS", "Waalbandijk 31, 4175 CA Haaften", "Waalbandijk 31", "4175 CA")
    d.r("PERSON", "G.W. (Gijs) Vermeulen", "Vermeulen", "Gijs", "G.W.")
    d.r("PHONE", "06 20 48 71 33", "06 20 48 71 33")
    d.r("EMAIL", "g.vermeulen@wsrl.nl", "g.vermeulen@wsrl.nl")
    d.r("PERSON", "Lotte Verhagen-Ochieng", "Verhagen-Ochieng", "Lotte")
    d.r("PERSON", "Pieter-Jan Oosterhout", "Oosterhout", "Pieter-Jan")
    d.r("PERSON", "Dirk-Jan van Wijk", "Dirk-Jan van Wijk", "D.J. van Wijk")
    d.r("EMAIL", "dj.vanwijk@agroadvies-betuwe.nl", "dj.vanwijk@agroadvies-betuwe.nl")
    d.k("ORG", "Waterschap Rivierenland", "Waterschap Rivierenland")
    d.k("ADDRESS_PUBLIC", "De Blomboogerd 1", "De Blomboogerd 1", "(0344) 64 90 90", "info@wsrl.nl")
    d.k("PROGRAMME", "HWBP", "Hoogwaterbeschermingsprogramma", "HWBP", "Gorinchem-Waardenburg")
    d.k("CASE", "GoWa-GV-2025-0178", "GoWa-GV-2025-0178")
    d.k("LAW", "Omgevingswet", "afdeling 15.2 Omgevingswet", "hoofdstuk 11 Omgevingswet", "projectplan Waterwet")
    d.k("ORG", "Gedeputeerde Staten van Gelderland", "Gedeputeerde Staten van Gelderland")
    d.k("ORG", "Taxatiebureau Lingewaard", "Taxatiebureau Lingewaard")
    d.k("ORG", "Notariskantoor Van Eck & Hoogendoorn", "Notariskantoor Van Eck &amp; Hoogendoorn".replace("&amp;", "&"))
    d.k("OFFICE_HOLDER", "dijkgraaf Van Poelgeest", "Van Poelgeest")
    d.k("AMOUNT", "totaal", "€ 142.495", "€ 48.615")
    d.k("PLACE", "Waaldijk", "Waaldijk", "Tiel")
    d.k("FUNCTION", "rentmeester", "omgevingsmanager", "rentmeester projectteam GoWa")
    return d


# ============================================================== bm13 map with parcel owners
@reg
def bm13():
    from reportlab.pdfgen import canvas
    d = Doc("bm13_kaart_grondverwerving_eigenaren", "Kaart verwervingsstatus GoWa deeltraject 3",
            producer="reportlab canvas (vector map, rotated labels)")
    out = DOCS_DIR / f"{d.stem}.pdf"
    W, H = landscape(A4)
    c = canvas.Canvas(str(out), pagesize=(W, H))
    c.setTitle("Verwervingskaart GoWa dt3")
    c.setAuthor("GIS Waterschap Rivierenland")
    # river
    c.setFillColor(colors.HexColor("#bcd7f0"))
    p = c.beginPath()
    p.moveTo(0, H - 90)
    for x in range(0, int(W) + 40, 40):
        p.lineTo(x, H - 90 - 18 * math.sin(x / 90))
    p.lineTo(W, H)
    p.lineTo(0, H)
    p.close()
    c.drawPath(p, fill=1, stroke=0)
    c.setFillColor(colors.HexColor("#2b5d8a"))
    c.setFont("Helvetica-Oblique", 16)
    c.drawString(W / 2 - 20, H - 45, "Waal")
    # dike
    c.setStrokeColor(colors.HexColor("#8a5a2b"))
    c.setLineWidth(6)
    c.line(0, H - 130, W, H - 150)
    c.setFillColor(colors.HexColor("#8a5a2b"))
    c.setFont("Helvetica-Bold", 8)
    c.drawString(40, H - 124, "Waalbandijk (primaire waterkering, dijktraject 43-1)")
    # parcels
    parcels = [
        (30, 200, 140, 230, "#f6c7c7", ["A. & H.M.", "ZWIJNENBERG"], 0, "K 1188"),
        (175, 200, 120, 230, "#f6c7c7", ["Zwijnenberg-", "van Wijk"], 0, "K 1190"),
        (300, 180, 110, 250, "#fff2b3", ["FAM. DE BRUIJN-", "VAN HARTEN"], 0, "K 2210"),
        (415, 180, 95, 250, "#c9ecc9", ["Staatsbosbeheer"], 90, "K 1302"),
        (515, 190, 120, 240, "#fff2b3", ["Maatschap", "Van Mourik-Tuinstra"], 60, "K 1305"),
        (640, 190, 80, 240, "#d9d9d9", ["Gemeente", "West Betuwe"], 90, "K 1402"),
        (725, 200, 95, 230, "#f6c7c7", ["Erven G.", "Kuijpers"], 0, "L 0871"),
    ]
    for x, y, w, h, col, label, rot, nr in parcels:
        c.setFillColor(colors.HexColor(col))
        c.setStrokeColor(colors.black)
        c.setLineWidth(0.6)
        y0, hh = 140, H - 175 - 140
        c.rect(x, y0, w, hh, fill=1, stroke=1)
        c.setFillColor(colors.black)
        c.saveState()
        c.translate(x + w / 2, y0 + hh / 2)
        c.rotate(rot)
        c.setFont("Helvetica-Bold", 8.5)
        for i, ln in enumerate(label):
            c.drawCentredString(0, 6 - 11 * i, ln)
        c.restoreState()
        c.setFont("Helvetica", 6.5)
        c.drawString(x + 3, y0 + 4, nr)
    # roads
    c.setStrokeColor(colors.HexColor("#666666"))
    c.setLineWidth(3)
    c.line(0, 40, W, 52)
    c.setFont("Helvetica", 8)
    c.setFillColor(colors.black)
    c.drawString(60, 50, "Graaf Reinaldweg")
    c.saveState()
    c.line(297.5, 52, 297.5, 140)
    c.translate(294, 62)
    c.rotate(88)
    c.drawString(0, 0, "Koning Willem I-laan")
    c.restoreState()
    c.drawString(430, 58, "Kerkstraat")
    # owner label placed awkwardly in a small parcel with leader line
    c.setFont("Helvetica", 7)
    c.line(700, 380, 740, 400)
    c.drawString(650, 404, "eigenaar: J.P. van Mourik")
    # legend
    c.setFillColor(colors.white)
    c.rect(W - 250, 8, 240, 120, fill=1, stroke=1)
    c.setFillColor(colors.black)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(W - 242, 114, "Dijkversterking Gorinchem-Waardenburg")
    c.setFont("Helvetica", 7.5)
    leg = [("#f6c7c7", "in onderhandeling"), ("#fff2b3", "voorbereiding onteigening"),
           ("#c9ecc9", "overeenstemming bereikt"), ("#d9d9d9", "overheid / om niet")]
    yy = 100
    for col, t in leg:
        c.setFillColor(colors.HexColor(col))
        c.rect(W - 242, yy - 2, 10, 8, fill=1, stroke=1)
        c.setFillColor(colors.black)
        c.drawString(W - 228, yy, t)
        yy -= 12
    c.drawString(W - 242, 40, "Eigenaren volgens BRK (Kadaster), peildatum 1 maart 2025")
    c.drawString(W - 242, 30, "Bron: Waterschap Rivierenland, team Vastgoed")
    c.drawString(W - 242, 20, "Kaartnr. GoWa-VG-dt3-07, schaal 1:2.500 (A3)")
    c.drawString(W - 242, 12, "Getekend: NvdB  gecontroleerd: GWV")
    c.showPage()
    c.save()
    d.built = True
    d.r("PERSON", "A. & H.M. Zwijnenberg", "ZWIJNENBERG", "Zwijnenberg-van Wijk", "H.M.")
    d.r("PERSON", "fam. De Bruijn-van Harten", "DE BRUIJN-VAN HARTEN", "FAM. DE BRUIJN")
    d.r("PERSON", "Van Mourik-Tuinstra", "Van Mourik-Tuinstra", "van Mourik", "J.P.")
    d.r("PERSON", "Erven G. Kuijpers", "Kuijpers")
    d.r("PARAPH", "NvdB", "NvdB")
    d.r("PARAPH", "GWV", "GWV")
    d.k("ORG", "Staatsbosbeheer", "Staatsbosbeheer", "Waterschap Rivierenland")
    d.k("ORG", "Gemeente West Betuwe", "West Betuwe")
    d.k("PLACE", "Waal", "Waal", "Waalbandijk")
    d.k("STREET_PERSON", "Graaf Reinaldweg", "Graaf Reinaldweg", "Koning Willem I-laan", "Kerkstraat")
    d.k("PROGRAMME", "GoWa", "Dijkversterking Gorinchem-Waardenburg")
    d.k("CASE", "kaartnr", "GoWa-VG-dt3-07", "dijktraject 43-1")
    d.k("TERM", "legend", "voorbereiding onteigening", "overeenstemming bereikt", "BRK (Kadaster)")
    d.k("PARCEL", "parcel numbers", "K 1188", "K 2210", "L 0871")
    return d


# ============================================================== bm14 scan koopovereenkomst signature page
@reg
def bm14():
    d = Doc("bm14_scan_koopovereenkomst_ondertekening", "Koopovereenkomst (scan, ondertekeningsblad)",
            producer="PIL scan (printed + handwriting, JPEG, rotated)")
    iban = make_iban("RABO", "153708264")

    def draw(img, dr, F):
        f = F("LiberationSerif", 34)
        fb = F("LiberationSerif-Bold", 36)
        hand = F("Femke", 54)
        x, y = 170, 200
        dr.text((x, y), "KOOPOVEREENKOMST GoWa-K-0412  -  blad 4 van 4", font=fb, fill=15)
        y += 90
        for ln in ["Artikel 9  Betaling",
                   "De koopsom wordt door de notaris betaald op rekening",
                   f"{iban} ten name van A. Zwijnenberg.",
                   "",
                   "Artikel 10  Woonplaatskeuze",
                   "Partijen kiezen woonplaats ten kantore van Notariskantoor",
                   "Van Eck & Hoogendoorn te Tiel.",
                   "",
                   "Aldus overeengekomen en in tweevoud getekend",
                   "te Haaften op 12 juni 2025.", ""]:
            dr.text((x, y), ln, font=fb if ln.startswith("Artikel") else f, fill=15)
            y += 52
        y += 20
        dr.text((x, y), "VERKOPERS", font=fb, fill=15)
        dr.text((x + 720, y), "KOPER", font=fb, fill=15)
        y += 60
        dr.text((x, y), "Adrianus Zwijnenberg", font=f, fill=15)
        dr.text((x + 720, y), "Waterschap Rivierenland,", font=f, fill=15)
        dr.text((x, y + 220), "Hendrika Maria Zwijnenberg-van Wijk", font=f, fill=15)
        dr.text((x + 720, y + 50), "namens deze: G.W. Vermeulen", font=f, fill=15)
        dr.text((x + 40, y + 70), "A. Zwijnenberg", font=hand, fill=40)
        dr.line((x + 10, y + 150, x + 420, y + 130), fill=40, width=3)
        dr.text((x + 60, y + 290), "H.M. Zwijnenberg", font=hand, fill=40)
        dr.text((x + 760, y + 120), "GVermeulen", font=hand, fill=40)
        dr.text((x, y + 460), "Paraaf verkopers:  AZ  /  HZ        Paraaf koper:  GWV", font=f, fill=15)
    scan_pdf(d.stem, draw, seed=14, angle=1.1, quality=50)
    d.built = True
    d.r("PERSON", "Adrianus Zwijnenberg", "Zwijnenberg", "Adrianus", ch="ocr")
    d.r("PERSON", "Hendrika Maria Zwijnenberg-van Wijk", "Hendrika Maria", ch="ocr")
    d.r("PERSON", "G.W. Vermeulen", "Vermeulen", ch="ocr")
    d.r("IBAN", iban, iban, ch="ocr")
    d.notes = "Image-only scan; signatures and handwritten paraphs are pixels only."
    return d


# ============================================================== bm15 memo verwervingsstrategie
@reg
def bm15():
    d = Doc("bm15_memo_verwervingsstrategie_deeltraject3", "Memo verwervingsstrategie deeltraject 3",
            font="Carlito", size=10, producer="reportlab (Carlito, memo with status table)")
    d.footer = "Intern - Projectteam GoWa - {p}"
    d.top = 20 * mm
    d.h("MEMO", size=14)
    d.kv([["Aan", "Stuurgroep Dijkversterking Gorinchem-Waardenburg"],
          ["Van", "team Vastgoed (G. Vermeulen, N. van den Brink)"],
          ["Kopie", "omgevingsmanager L. Verhagen-Ochieng; projectdirecteur (J. Smeulders)"],
          ["Datum", "2 mei 2025"],
          ["Onderwerp", "Stand verwerving deeltraject 3 en voorstel voorbereiding onteigening"]], (24, 130))
    d.h("1. Stand van zaken")
    d.table([["Perceel", "Eigenaar", "Status", "Bijzonderheden"],
             ["K 1188 / K 1190", "A. en H.M. Zwijnenberg", "aanbod 28-04", "Wil woning behouden; zwager "
              "(D.J. van Wijk) adviseert."],
             ["K 2210", "C. (Kees) de Bruijn en M. de Bruijn-van Harten", "geen overeenstemming",
              "Dhr. De Bruijn wijst elk aanbod af; mevrouw is sinds januari opgenomen in verpleeghuis "
              "Lingesteyn (dementie), zoon Marco heeft volmacht."],
             ["K 1305", "Maatschap Van Mourik-Tuinstra", "onderhandeling", "Wil alleen ruilgrond; vraagt "
              "uitwisseling met perceel van Staatsbosbeheer (K 1302)."],
             ["L 0871", "Erven G. Kuijpers (4 erfgenamen)", "onderhandeling", "Contactpersoon: Jolanda "
              "Kuijpers, 06 14 29 83 50; erfenis nog niet verdeeld."],
             ["K 1402", "Gemeente West Betuwe", "om niet", "Bestuurlijk akkoord wethouder Keuken."]],
            (26, 42, 28, 64), size=8.8)
    d.h("2. Voorstel")
    d.p("Wij stellen voor voor K 2210 en K 1305 de onteigening voor te bereiden, parallel aan de minnelijke "
        "verwerving. Het gesprek met de familie De Bruijn verloopt moeizaam; de heer De Bruijn heeft in het "
        "laatste gesprek gedreigd 'de dijkwerkers van zijn land te jagen'. Wij adviseren de volgende gesprekken "
        "met twee medewerkers te voeren.")
    d.p("Dijkgraaf Van Poelgeest heeft aangeboden zelf met Marco de Bruijn te spreken. Heemraad "
        "Verbeek-Dolk (portefeuille Vastgoed) wordt meegenomen in het AB-voorstel van juni.")
    d.h("3. Risico's")
    d.p("Bij onteigening vraagt de Raad van State gemiddeld 9-12 maanden. De aannemerscombinatie Mourik "
        "Sterk (Van Oord / Mourik Groot-Ammers) start het werk in deeltraject 3 op 1 maart 2026.")
    d.p("N. van den Brink, 06 53 18 07 62 / n.vandenbrink@wsrl.nl", size=8.5)
    d.r("PERSON", "G. Vermeulen", "Vermeulen", "G. Vermeulen")
    d.r("PERSON", "N. van den Brink", "van den Brink", "N. van den Brink")
    d.r("PERSON", "L. Verhagen-Ochieng", "Verhagen-Ochieng")
    d.r("PERSON", "J. Smeulders", "Smeulders")
    d.r("PERSON", "A. en H.M. Zwijnenberg", "Zwijnenberg", "H.M.")
    d.r("PERSON", "D.J. van Wijk", "D.J. van Wijk")
    d.r("PERSON", "C. (Kees) de Bruijn", "de Bruijn", "De Bruijn", "Kees", "Marco")
    d.r("PERSON", "M. de Bruijn-van Harten", "de Bruijn-van Harten")
    d.r("HEALTH", "dementie, verpleeghuis", "dementie", "verpleeghuis Lingesteyn")
    d.r("PERSON", "Van Mourik-Tuinstra", "Van Mourik-Tuinstra")
    d.r("PERSON", "Jolanda Kuijpers", "Kuijpers", "Jolanda")
    d.r("PHONE", "06 14 29 83 50", "06 14 29 83 50")
    d.r("PHONE", "06 53 18 07 62", "06 53 18 07 62")
    d.r("EMAIL", "n.vandenbrink@wsrl.nl", "n.vandenbrink@wsrl.nl")
    d.k("ORG", "Stuurgroep", "Stuurgroep Dijkversterking Gorinchem-Waardenburg")
    d.k("ORG", "Staatsbosbeheer", "Staatsbosbeheer", "Gemeente West Betuwe", "Raad van State")
    d.k("OFFICE_HOLDER", "wethouder Keuken", "Keuken")
    d.k("OFFICE_HOLDER", "dijkgraaf Van Poelgeest", "Van Poelgeest")
    d.k("OFFICE_HOLDER", "heemraad Verbeek-Dolk", "Verbeek-Dolk")
    d.k("ORG", "Mourik Sterk", "Mourik Sterk", "Van Oord", "Mourik Groot-Ammers")
    d.k("PARCEL", "percelen", "K 2210", "K 1305", "L 0871")
    d.k("FUNCTION", "functions", "omgevingsmanager", "projectdirecteur")
    return d


# ============================================================== bm16 verslag keukentafelgesprek
@reg
def bm16():
    d = Doc("bm16_verslag_keukentafelgesprek_de_bruijn", "Verslag keukentafelgesprek",
            font="DejaVuSans", size=9, producer="reportlab (DejaVu Sans)")
    d.footer = "Verslag GoWa-KTG-031 | {p}"
    d.h("Verslag keukentafelgesprek GoWa-KTG-031", size=12)
    d.kv([["Datum/plaats", "9 april 2025, Waalbandijk 27, Haaften (woning fam. De Bruijn)"],
          ["Aanwezig", "Kees de Bruijn, Marco de Bruijn (zoon), Gijs Vermeulen (rentmeester WSRL), "
                       "Lotte Verhagen-Ochieng (omgevingsmanager WSRL)"],
          ["Verslag", "Lotte"]], (28, 130))
    d.p("<b>1. Opening.</b> Lotte opent en legt uit dat het gesprek vertrouwelijk is. Kees wil dat het "
        "verslag ook naar zijn advocaat gaat (mr. Hanneke Sijbesma-Oudejans, Arnhem).")
    d.p("<b>2. Situatie familie.</b> Marco vertelt dat zijn moeder Mien sinds januari in Lingesteyn woont. "
        "Kees woont alleen op de boerderij en is sinds zijn hartinfarct in 2023 minder mobiel. "
        "Het bedrijf (fruitteelt, 14 ha) wordt na 2027 waarschijnlijk beëindigd.")
    d.p("<b>3. Dijkversterking.</b> Gijs licht het ontwerp toe: de steunberm komt 18 meter het perceel op; "
        "de schuur uit 1936 moet weg. Kees: 'Mijn vader heeft die schuur gebouwd, die gaat niet weg.' Volgens "
        "Marco is de familie bereid te praten als het waterschap de schuur verplaatst.")
    d.p("<b>4. Afspraken.</b> Gijs laat een tweede taxatie doen; Lotte vraagt aan de projectdirecteur of "
        "verplaatsing van de schuur kan. Dijkgraaf Van Poelgeest komt in mei langs. Marco is bereikbaar op "
        "06 41 77 02 95 en via marco.debruijn@hotmail.com.")
    d.p("<b>5. Rondvraag.</b> Kees vraagt of burgemeester Van Kooten van West Betuwe op de hoogte is van de "
        "plannen. Lotte: ja, het college is in maart geïnformeerd.")
    d.table([["Actie", "Wie", "Wanneer"],
             ["Tweede taxatie (Taxatiebureau Lingewaard)", "Gijs", "mei"],
             ["Uitzoeken verplaatsing schuur", "Lotte", "15 mei"],
             ["Volmacht mevrouw aan Marco sturen", "Marco", "z.s.m."]], (90, 30, 30))
    d.r("PERSON", "Kees de Bruijn", "de Bruijn", "De Bruijn", "Kees")
    d.r("PERSON", "Marco de Bruijn", "Marco")
    d.r("PERSON", "Mien de Bruijn", "Mien")
    d.r("ADDRESS", "Waalbandijk 27, Haaften", "Waalbandijk 27")
    d.r("PERSON", "Gijs Vermeulen", "Vermeulen", "Gijs")
    d.r("PERSON", "Lotte Verhagen-Ochieng", "Verhagen-Ochieng", "Lotte")
    d.r("PERSON", "mr. Hanneke Sijbesma-Oudejans", "Sijbesma-Oudejans", "Hanneke")
    d.r("HEALTH", "hartinfarct", "hartinfarct")
    d.r("HEALTH", "Lingesteyn (verpleeghuis)", "Lingesteyn")
    d.r("PHONE", "06 41 77 02 95", "06 41 77 02 95")
    d.r("EMAIL", "marco.debruijn@hotmail.com", "marco.debruijn@hotmail.com")
    d.k("OFFICE_HOLDER", "dijkgraaf Van Poelgeest", "Van Poelgeest")
    d.k("OFFICE_HOLDER", "burgemeester Van Kooten", "Van Kooten")
    d.k("ORG", "WSRL", "WSRL", "West Betuwe", "Taxatiebureau Lingewaard")
    d.k("CASE", "GoWa-KTG-031", "GoWa-KTG-031")
    d.k("FUNCTION", "functions", "rentmeester WSRL", "omgevingsmanager WSRL", "projectdirecteur")
    d.k("TERM", "steunberm", "steunberm", "fruitteelt")
    return d


# ============================================================== bm17 Woo-besluit provincie
@reg
def bm17():
    d = Doc("bm17_woo_besluit_provincie_gelderland_pas", "Besluit op Woo-verzoek PAS-melders handhaving",
            font="LiberationSans", size=9.5, producer="reportlab (Liberation Sans, 2 pages, motivation)")
    d.first_top = 80 * mm
    d.first_right = 66 * mm
    W, H = A4
    d.xmp_creators = ["Wamelink-ter Steege, Ilse"]

    def fp(c, doc):
        logo(c, 25 * mm, H - 22 * mm, "provincie Gelderland", color="#7a1f3d")
        sidecol(c, ["**Huis der Provincie", "Markt 11, Arnhem", "Postbus 9090", "6800 GX Arnhem",
                    "(026) 359 99 99", "woo@gelderland.nl", "", "**Zaaknummer", "2025-006620",
                    "**Uw verzoek van", "17 januari 2025", "**Datum", "30 april 2025"],
                W - 58 * mm, H - 45 * mm, font="LiberationSans")
        c.setFont("LiberationSans", 9.5)
        y = H - 50 * mm
        for ln in ["De heer D. Veenendaal", "Per e-mail: dveenendaal@protonmail.com"]:
            c.drawString(25 * mm, y, ln)
            y -= 12.5
    d.first_page = fp
    d.footer = "Woo-besluit 2025-006620 - pagina {p} van 2"
    d.p("<b>Onderwerp: besluit op uw verzoek op grond van de Wet open overheid</b>")
    d.p("Geachte heer Veenendaal,")
    d.p("Met uw e-mail van 17 januari 2025 vroeg u, op grond van de Wet open overheid (Woo), om alle documenten "
        "over de handhaving bij PAS-melders in de regio Rivierenland en de gemeente Beuningen over de periode "
        "1 januari 2024 tot en met 17 januari 2025. Op 24 januari 2025 hebben wij met u gebeld; u heeft uw "
        "verzoek toen beperkt tot het dossier van één varkenshouderij. Op 28 februari 2025 hebben wij de "
        "beslistermijn met twee weken verdaagd.")
    d.p("Wij hebben de varkenshouder en zijn advocaat in de gelegenheid gesteld een zienswijze te geven "
        "(artikel 4.4 Woo). Zij hebben bezwaar gemaakt tegen openbaarmaking van gegevens over de gezondheid "
        "van de varkenshouder. Wij delen dat bezwaar.")
    d.h("Besluit")
    d.p("Wij maken de documenten in de inventarislijst (bijlage 1) deels openbaar. Documenten 11 en 14 zijn "
        "al openbaar (Gelders Statenportaal). Zeven documenten blijven geheel geheim omdat zij uitsluitend "
        "persoonsgegevens bevatten.")
    d.brk()
    d.h("Informatie die niet openbaar gemaakt kan worden")
    d.h("Motivering")
    d.p("<b>Persoonlijke levenssfeer (artikel 5.1, tweede lid, onder e, Woo).</b> In de openbaar gemaakte "
        "versie zijn alle persoonsgegevens van ambtenaren, medewerkers van de omgevingsdienst en derden "
        "geanonimiseerd. Namen van gedeputeerden en de commissaris van de Koning maken wij wel openbaar. "
        "Zo blijft de naam van gedeputeerde Van Heeswijk leesbaar, net als die van commissaris van de "
        "Koning Berends.")
    d.p("<b>Bijzondere persoonsgegevens (artikel 5.1, eerste lid, onder d, Woo).</b> Gegevens over de "
        "gezondheid van betrokkenen maken wij niet openbaar.")
    d.p("<b>Persoonlijke beleidsopvattingen (artikel 5.2 Woo).</b> In de GS-nota van 22 april 2025 staan "
        "opvattingen van ambtenaren; die verstrekken wij in niet tot personen herleidbare vorm.")
    d.h("Openbaarmaking")
    d.p("De documenten staan binnen twee weken op open.overheid.nl. Het besluit sturen wij ook aan de "
        "derde-belanghebbende, zodat hij bezwaar kan maken.")
    d.p("Met vriendelijke groet,<br/>Gedeputeerde Staten van Gelderland,<br/>namens dezen,<br/><br/><br/>"
        "I. Wamelink-ter Steege<br/>coördinator Woo-team")
    d.p("Bezwaar: binnen zes weken bij Gedeputeerde Staten van Gelderland, Postbus 9090, 6800 GX Arnhem.",
        size=8.5)
    d.r("PERSON", "D. (Dirk) Veenendaal", "D. Veenendaal", "heer Veenendaal")
    d.r("EMAIL", "dveenendaal@protonmail.com", "dveenendaal@protonmail.com")
    d.r("PERSON", "I. Wamelink-ter Steege", "Wamelink-ter Steege")
    d.r("PERSON", "XMP creator", "Ilse", ch="metadata")
    d.k("ORG", "Provincie Gelderland", "Gedeputeerde Staten van Gelderland")
    d.k("EMAIL_FUNCTIONAL", "woo@gelderland.nl", "woo@gelderland.nl")
    d.k("LAW", "Woo", "Wet open overheid", "artikel 4.4 Woo", "artikel 5.2 Woo")
    d.k("CASE", "2025-006620", "2025-006620")
    d.k("PLACE", "gemeente Beuningen", "gemeente Beuningen", "Rivierenland")
    d.k("OFFICE_HOLDER", "gedeputeerde Van Heeswijk", "Van Heeswijk")
    d.k("OFFICE_HOLDER", "CdK Berends", "Berends")
    d.k("MOTIVATION", "heading", "Informatie die niet openbaar gemaakt kan worden", "Motivering")
    d.k("WEB", "open.overheid.nl", "open.overheid.nl", "Gelders Statenportaal")
    d.k("FUNCTION", "coördinator Woo-team", "coördinator Woo-team")
    return d


# ============================================================== bm18 inventarislijst (landscape table)
@reg
def bm18():
    d = Doc("bm18_inventarislijst_woo_2025_006620", "Inventarislijst Woo-besluit 2025-006620",
            font="DejaVuSansCondensed", size=8, pagesize=landscape(A4), producer="reportlab (landscape table, 2 pages)")
    d.left = d.right = 15 * mm
    d.top = 18 * mm
    d.bottom = 16 * mm
    d.footer = "Bijlage 1 bij besluit 2025-006620 - inventarislijst - pagina {p}"
    d.h("Bijlage 1 - Inventarislijst Woo-verzoek 2025-006620 (handhaving PAS-melder, gemeente Beuningen)",
        size=10)
    rows = [["Nr.", "Datum", "Document", "Type", "Beoordeling", "Grond", "Opmerking"]]
    docs = [
        ("01", "11-02-2025", "Controlerapport ODRN, opgesteld door Y. Özdemir", "pdf", "deels openbaar", "5.1.2e",
         "namen toezichthouders gelakt"),
        ("02", "13-02-2025", "E-mail Özdemir aan Hoogeveen, 'bevindingen controle'", "msg", "deels openbaar",
         "5.1.2e", ""),
        ("03", "03-03-2025", "Gespreksverslag bedrijfsbezoek (W. en A. van 't Hul)", "docx", "deels openbaar",
         "5.1.2e, 5.1.1d", "gezondheidsgegevens"),
        ("04", "04-03-2025", "Voornemen last onder dwangsom", "pdf", "deels openbaar", "5.1.2e", ""),
        ("05", "10-03-2025", "Whatsapp-berichten Marit / Yusuf (export)", "txt", "deels openbaar", "5.1.2e",
         ""),
        ("06", "18-03-2025", "Zienswijze mr. J.-B. Mertens namens cliënt", "pdf", "deels openbaar",
         "5.1.2e, 5.1.1d", ""),
        ("07", "21-03-2025", "Interne notitie juridische toets (J. Klein Gunnewiek)", "docx", "deels openbaar",
         "5.1.2e, 5.2", "beleidsopvattingen herleidbaar gemaakt"),
        ("08", "02-04-2025", "Last onder dwangsom", "pdf", "deels openbaar", "5.1.2e", ""),
        ("09", "03-04-2025", "Medische verklaring huisarts (dr. R. Oldenhove)", "pdf", "niet openbaar",
         "5.1.1d", "uitsluitend bijzondere persoonsgegevens"),
        ("10", "05-04-2025", "Agenda-item GS-vergadering 8 april 2025", "pdf", "openbaar", "-", ""),
        ("11", "08-04-2025", "Besluitenlijst GS 8 april 2025", "pdf", "reeds openbaar", "-",
         "zie Gelders Statenportaal"),
        ("12", "22-04-2025", "GS-nota legalisatie PAS-melders (paraaf MH, JKG)", "pdf", "deels openbaar",
         "5.1.2e, 5.2", ""),
        ("13", "06-05-2025", "E-mail Waalkade Advocaten aan provincie, verzoek uitstel", "msg",
         "deels openbaar", "5.1.2e, 5.1.1d", ""),
        ("14", "07-05-2025", "Statenbrief stand van zaken PAS-melders", "pdf", "reeds openbaar", "-", ""),
        ("15", "08-05-2025", "E-mail Hoogeveen aan Mertens, cc Özdemir", "msg", "deels openbaar", "5.1.2e",
         "duplicaat van 13 (gerelateerd)"),
        ("16", "09-05-2025", "Teams-chat Marit Hoogeveen / Jeroen", "txt", "deels openbaar", "5.1.2e", ""),
        ("17", "12-05-2025", "Bezwaarschrift Waalkade Advocaten", "pdf", "deels openbaar", "5.1.2e, 5.1.1d",
         ""),
        ("18", "14-05-2025", "Verslag overleg ODRN-provincie (mw. Lammers-Wagenvoort)", "docx",
         "deels openbaar", "5.1.2e", ""),
        ("19", "15-05-2025", "Kopie legitimatie varkenshouder", "jpg", "niet openbaar", "5.1.1e, 5.1.2e", ""),
        ("20", "15-05-2025", "Uittreksel KvK Varkenshouderij Van 't Hul", "pdf", "niet openbaar", "5.1.2e",
         "eenmanszaak"),
        ("21", "19-05-2025", "Aanmelding Lbv-plus (RVO), ingediend door Thijs van 't Hul", "pdf",
         "niet openbaar", "5.1.2e, 5.1.2i", ""),
        ("22", "20-05-2025", "Besluit verlenging begunstigingstermijn", "pdf", "deels openbaar", "5.1.2e", ""),
        ("23", "21-05-2025", "Reactie Kamerlid Van der Plas (e-mail aan gedeputeerde)", "msg", "deels openbaar",
         "5.1.2e", "naam Kamerlid openbaar"),
        ("24", "23-05-2025", "Memo woordvoering persvragen De Gelderlander", "docx", "deels openbaar",
         "5.1.2e, 5.2", ""),
        ("25", "26-05-2025", "Hercontrole ODRN (Wendy Arslan, Y. Özdemir)", "pdf", "deels openbaar", "5.1.2e",
         ""),
        ("26", "02-06-2025", "Notitie begunstigingstermijn, concept", "docx", "niet openbaar", "5.2",
         "concept, definitieve versie is 22"),
        ("27", "03-06-2025", "E-mail Rutger Wamelink aan team Natuur, 'vergunning Hulshof'", "msg",
         "deels openbaar", "5.1.2e", "samenhang met ander dossier"),
        ("28", "04-06-2025", "Nota aan gedeputeerde Van Heeswijk over de lijn PAS-melders", "pdf",
         "deels openbaar", "5.1.2e, 5.2", "naam gedeputeerde openbaar"),
        ("29", "05-06-2025", "Vergaderverzoek bestuurlijk overleg PAS-melders (A. Scheepstra-Ruiter)", "ics",
         "deels openbaar", "5.1.2e", ""),
        ("30", "05-06-2025", "Presentatie BIJ12 stand legalisatie", "pptx", "openbaar", "-", ""),
        ("31", "06-06-2025", "Verslag bestuurlijk overleg 5 juni 2025", "docx", "deels openbaar", "5.1.2e, 5.2",
         ""),
        ("32", "10-06-2025", "Brief LTO Noord aan GS", "pdf", "openbaar", "-", "organisatie, geen persoonsgegevens"),
        ("33", "11-06-2025", "Antwoord GS aan LTO Noord (concept, paraaf IWS)", "docx", "niet openbaar", "5.2",
         "concept"),
        ("34", "12-06-2025", "Klacht buurtbewoner mevr. T. Gerritsen-Oyen over stank", "msg", "deels openbaar",
         "5.1.2e", ""),
        ("35", "13-06-2025", "Reactie ODRN op klacht (behandelaar Hanna de Vries-Obbink)", "msg",
         "deels openbaar", "5.1.2e", ""),
        ("36", "16-06-2025", "Foto's hercontrole stal (8 stuks)", "jpg", "niet openbaar", "5.1.2e",
         "herkenbare personen op foto"),
        ("37", "18-06-2025", "Persvragen Omroep Gelderland (verslaggever Kim Janssen-Bouali)", "msg",
         "deels openbaar", "5.1.2e", ""),
        ("38", "20-06-2025", "Antwoord persvoorlichting op persvragen", "msg", "openbaar", "-",
         "functionele mailbox pers@gelderland.nl"),
    ]
    for r in docs:
        rows.append(list(r))
    d.table(rows, (10, 20, 95, 12, 27, 27, 72), size=7.8)
    d.p("Toelichting gronden: 5.1.1d bijzondere persoonsgegevens; 5.1.1e identificatienummers; 5.1.2e "
        "eerbiediging van de persoonlijke levenssfeer; 5.1.2i goed functioneren van de Staat; 5.2 persoonlijke "
        "beleidsopvattingen.", size=7.5)
    d.r("PERSON", "Y. Özdemir", "Özdemir", "Yusuf")
    d.r("PERSON", "Hoogeveen", "Hoogeveen", "Marit")
    d.r("PERSON", "W. en A. van 't Hul", "van 't Hul", "Van 't Hul")
    d.r("PERSON", "mr. J.-B. Mertens", "Mertens", "J.-B.")
    d.r("PERSON", "J. Klein Gunnewiek", "Klein Gunnewiek", "Jeroen")
    d.r("PERSON", "dr. R. Oldenhove", "Oldenhove")
    d.r("PARAPH", "MH", "MH")
    d.r("PARAPH", "JKG", "JKG")
    d.r("PERSON", "Lammers-Wagenvoort", "Lammers-Wagenvoort")
    d.r("PERSON", "Thijs van 't Hul", "Thijs")
    d.r("PERSON", "Wendy Arslan", "Arslan", "Wendy")
    d.r("PERSON", "Rutger Wamelink", "Rutger Wamelink")
    d.r("PERSON", "Hulshof (other file)", "Hulshof")
    d.r("PERSON", "A. Scheepstra-Ruiter", "Scheepstra-Ruiter")
    d.r("PARAPH", "IWS", "IWS")
    d.r("PERSON", "T. Gerritsen-Oyen", "Gerritsen-Oyen")
    d.r("PERSON", "Hanna de Vries-Obbink", "de Vries-Obbink", "Hanna")
    d.r("PERSON", "Kim Janssen-Bouali", "Janssen-Bouali", "Kim")
    d.k("OFFICE_HOLDER", "gedeputeerde Van Heeswijk", "Van Heeswijk")
    d.k("ORG", "more orgs", "BIJ12", "LTO Noord", "Omroep Gelderland")
    d.k("EMAIL_FUNCTIONAL", "pers@gelderland.nl", "pers@gelderland.nl")
    d.k("CASE", "2025-006620", "2025-006620")
    d.k("ASSESSMENT", "beoordeling", "deels openbaar", "niet openbaar", "reeds openbaar")
    d.k("GROUND", "5.1.2e", "5.1.2e", "5.1.1d", "5.1.1e", "5.1.2i")
    d.k("ORG", "ODRN", "ODRN", "Waalkade Advocaten", "RVO", "De Gelderlander", "Gelders Statenportaal")
    d.k("OFFICE_HOLDER", "Kamerlid Van der Plas", "Van der Plas")
    d.k("DOC", "doc titles", "Last onder dwangsom", "Besluitenlijst GS 8 april 2025",
        "Statenbrief stand van zaken PAS-melders", "Controlerapport ODRN")
    d.k("PLACE", "gemeente Beuningen", "gemeente Beuningen")
    return d


# ============================================================== bm19 Teams chat export
@reg
def bm19():
    d = Doc("bm19_teams_chat_export_pas_dossier", "Teams-chat export", font="LiberationMono", size=8,
            producer="reportlab (Liberation Mono, chat export)")
    d.top = 18 * mm
    d.footer = "Export Microsoft Teams - chat 19:meeting_Njk3 - {p}"
    d.p("Chat: Hoogeveen, Marit (PGLD); Klein Gunnewiek, Jeroen (PGLD); Özdemir, Yusuf (ODRN)", bold=True)
    d.p("Geëxporteerd op 20-06-2025 door Woo-team (woo@gelderland.nl)")
    lines = [
        ("09-05-2025 08:52", "Hoogeveen, Marit", "Morning! Heeft iemand de stukken van Mertens al gelezen?"),
        ("09-05-2025 08:55", "Klein Gunnewiek, Jeroen", "Ja. Die GGZ-verklaring van Wim maakt het lastig, "
                                                        "we moeten dat zorgvuldig wegen."),
        ("09-05-2025 08:57", "Özdemir, Yusuf", "Ik ben gister nog met Wendy langs geweest, het aantal loopt "
                                               "terug. Thijs was heel coöperatief."),
        ("09-05-2025 09:02", "Hoogeveen, Marit", "Top Yusuf. @Jeroen kun jij de nota voor Van Heeswijk "
                                                 "aanpassen? Hij wil maandag weten wat we doen."),
        ("09-05-2025 09:04", "Klein Gunnewiek, Jeroen", "Doe ik. Zal ik Ilse van het Woo-team alvast "
                                                        "waarschuwen? Er ligt een verzoek van die Veenendaal."),
        ("09-05-2025 09:05", "Hoogeveen, Marit", "Ja graag. En bel Hanna van Juridische Zaken ODRN even, "
                                                 "die zit op 024 360 17 88."),
        ("09-05-2025 09:11", "Özdemir, Yusuf", "Fyi: mijn nieuwe mobiel is 06 19 55 48 02, de oude doet het "
                                               "niet meer."),
        ("09-05-2025 09:12", "Hoogeveen, Marit", "(y) Thx"),
        ("09-05-2025 11:40", "Klein Gunnewiek, Jeroen", "Nota staat in Djuma, zaak 2025-004471. Gedeputeerde "
                                                        "Van Heeswijk tekent dinsdag."),
        ("12-05-2025 14:03", "Özdemir, Yusuf", "Bezwaarschrift binnen via Waalkade Advocaten. Mertens noemt "
                                               "nu ook een depressie. Sterkte Marit :-)"),
    ]
    for ts, who, msg in lines:
        d.p(f"[{ts}] <b>{who}</b>", space=0)
        d.p(msg, indent=12, space=4)
    d.r("PERSON", "Marit Hoogeveen", "Hoogeveen", "Marit")
    d.r("PERSON", "Jeroen Klein Gunnewiek", "Klein Gunnewiek", "Jeroen")
    d.r("PERSON", "Yusuf Özdemir", "Özdemir", "Yusuf")
    d.r("PERSON", "Mertens", "Mertens")
    d.r("PERSON", "Wim (van 't Hul)", "Wim")
    d.r("PERSON", "Wendy", "Wendy")
    d.r("PERSON", "Thijs", "Thijs")
    d.r("PERSON", "Ilse (Woo-team)", "Ilse")
    d.r("PERSON", "Veenendaal (verzoeker)", "die Veenendaal")
    d.r("PERSON", "Hanna (JZ ODRN)", "Hanna")
    d.r("PHONE", "024 360 17 88", "024 360 17 88")
    d.r("PHONE", "06 19 55 48 02", "06 19 55 48 02")
    d.r("HEALTH", "GGZ-verklaring; depressie", "GGZ-verklaring", "depressie")
    d.k("OFFICE_HOLDER", "gedeputeerde Van Heeswijk", "Van Heeswijk")
    d.k("ORG", "ODRN", "ODRN", "PGLD", "Juridische Zaken ODRN", "Waalkade Advocaten")
    d.k("EMAIL_FUNCTIONAL", "woo@gelderland.nl", "woo@gelderland.nl")
    d.k("PRODUCT", "Teams", "Microsoft Teams", "Djuma")
    d.k("CASE", "2025-004471", "2025-004471")
    return d


# ============================================================== bm20 brief Overijssel aan PAS-melder
@reg
def bm20():
    d = Doc("bm20_overijssel_brief_pas_melder_oude_luttikhuis", "Brief aan PAS-melder",
            font="Carlito", size=10.2, producer="reportlab (Carlito, letter)")
    d.first_top = 78 * mm
    W, H = A4

    def fp(c, doc):
        logo(c, 25 * mm, H - 18 * mm, "Provincie Overijssel", font="Carlito-Bold", color="#005a9c")
        c.setFont("Carlito", 7.8)
        c.drawString(25 * mm, H - 26 * mm, "Luttenbergstraat 2  ·  Postbus 10078  ·  8000 GB Zwolle  ·  "
                     "038 499 88 99  ·  postbus@overijssel.nl")
        c.setFont("Carlito", 10.2)
        y = H - 42 * mm
        for ln in ["Familie Oude Luttikhuis", "t.a.v. de heer B.J. Oude Luttikhuis",
                   "Oldenzaalsestraat 210", "7588 PP  BEUNINGEN (OV)"]:
            c.drawString(25 * mm, y, ln)
            y -= 12.5
        c.setFont("Carlito", 8.5)
        y = H - 42 * mm
        for ln in ["Kenmerk: 2025/0519337", "Datum: 16 mei 2025",
                   "Contact: A.J. ter Horst-Dijkman", "Telefoon: 038 499 64 12",
                   "E-mail: aj.terhorst@overijssel.nl"]:
            c.drawString(130 * mm, y, ln)
            y -= 11
    d.first_page = fp
    d.footer = "2025/0519337 - {p}"
    d.p("<b>Onderwerp: uw PAS-melding en het vervolg van het legalisatieprogramma</b>")
    d.p("Beste familie Oude Luttikhuis,")
    d.p("U heeft in 2016 een PAS-melding gedaan voor uw melkgeitenhouderij aan de Oldenzaalsestraat. Wij "
        "schrijven u omdat uw bedrijf in de groep 'individuele aanpak' valt: de depositie op het Natura "
        "2000-gebied Lemselermaten is te hoog om zonder maatregelen te legaliseren.")
    d.p("In het gesprek op 8 mei 2025 met uw dochter, Marieke Oude Luttikhuis, hebben wij de mogelijkheden "
        "besproken: een emissiearme vloer, extensivering of deelname aan de Lbv-plus. De stikstofcoach "
        "van LTO Noord, Herman ten Dolle, was daarbij aanwezig. U kunt gebruik maken van de Subsidieregeling "
        "PAS-melders Overijssel 2025 (maximaal € 50.000 voor advies en maatregelen).")
    d.p("Gedeputeerde Von Martels heeft toegezegd dat handhaving niet aan de orde is zolang u meewerkt aan "
        "een oplossing. Wel heeft Mobilisation for the Environment (MOB) een handhavingsverzoek ingediend "
        "waarop wij voor 1 september 2025 moeten beslissen.")
    d.p("Met vriendelijke groet,<br/>namens Gedeputeerde Staten van Overijssel,<br/><br/><br/>"
        "A.J. ter Horst-Dijkman<br/>programmamanager PAS-melders")
    d.p("Vragen over de subsidie? Bel BIJ12 (030 356 03 00) of kijk op www.overijssel.nl/pas.", size=8.5)
    d.r("PERSON", "B.J. Oude Luttikhuis", "Oude Luttikhuis", "B.J.")
    d.r("ADDRESS", "Oldenzaalsestraat 210, 7588 PP", "Oldenzaalsestraat 210", "7588 PP")
    d.r("PERSON", "A.J. ter Horst-Dijkman", "ter Horst-Dijkman", "A.J.")
    d.r("PHONE", "038 499 64 12", "038 499 64 12")
    d.r("EMAIL", "aj.terhorst@overijssel.nl", "aj.terhorst@overijssel.nl")
    d.r("PERSON", "Marieke Oude Luttikhuis", "Marieke")
    d.r("PERSON", "Herman ten Dolle", "ten Dolle", "Herman")
    d.k("ORG", "Provincie Overijssel", "Provincie Overijssel", "Gedeputeerde Staten van Overijssel")
    d.k("ADDRESS_PUBLIC", "Luttenbergstraat 2", "Luttenbergstraat 2", "Postbus 10078", "038 499 88 99",
        "postbus@overijssel.nl")
    d.k("CASE", "2025/0519337", "2025/0519337")
    d.k("PLACE", "Lemselermaten", "Lemselermaten")
    d.k("OFFICE_HOLDER", "gedeputeerde Von Martels", "Von Martels")
    d.k("ORG", "LTO Noord", "LTO Noord", "BIJ12", "Mobilisation for the Environment")
    d.k("PROGRAMME", "Subsidieregeling PAS-melders Overijssel 2025", "Subsidieregeling PAS-melders Overijssel 2025",
        "Lbv-plus")
    d.k("PHONE_SWITCHBOARD", "BIJ12", "030 356 03 00")
    d.k("FUNCTION", "programmamanager", "programmamanager PAS-melders", "stikstofcoach")
    return d


# ============================================================== bm21 overzicht aanmeldingen aankoop (Brabant)
@reg
def bm21():
    d = Doc("bm21_brabant_overzicht_aankoop_piekbelasters", "Overzicht aanmeldingen vrijwillige aankoop",
            font="Helvetica", size=8, pagesize=landscape(A4), producer="reportlab (Helvetica, landscape table)")
    d.left = d.right = 15 * mm
    d.top = 16 * mm
    d.footer = "Provincie Noord-Brabant - Gebiedsprogramma Peelvenen - werkoverzicht (niet voor publicatie) - {p}"
    d.h("Werkoverzicht aanmeldingen vrijwillige beëindiging veehouderij rond Groote Peel - stand 1 juni 2025", size=10)
    rows = [["#", "Naam", "Vestiging", "Sector", "Aanmelding", "Status", "Accounthouder prov."],
            ["1", "P.J.M. DANIËLS", "Deurne (Vlierden)", "melkvee", "Lbv-plus + prov.", "taxatie", "M. Ramdin"],
            ["2", "Van der Heijden-Verhoeven, G.", "Asten", "varkens", "Lbv", "aanbod", "M. Ramdin"],
            ["3", "Maatschap Sanders-de Wit", "Someren-Heide", "pluimvee", "prov.", "intake", "L. Hendrikx"],
            ["4", "H. (Harrie) van de Kerkhof", "Helenaveen", "varkens", "Lbv-plus", "getekend", "L. Hendrikx"],
            ["5", "Mevr. J. Peeters-Bongers", "Griendtsveen", "melkvee", "prov.", "afgehaakt (ziek)",
             "M. Ramdin"],
            ["6", "Gebr. Van Bussel", "Liessel", "vleeskalveren", "Lbv-plus", "taxatie", "J. van Lieshout"],
            ["7", "A.W. Claassen", "Meijel (gem. Peel en Maas)", "varkens", "Lbv", "intake", "J. van Lieshout"],
            ["8", "Karolina Nowak-Verbakel", "Deurne", "geiten", "prov.", "aanbod", "L. Hendrikx"]]
    d.table(rows, (8, 55, 45, 25, 30, 30, 35), size=8.2)
    d.p("Opmerkingen: bij nr. 5 heeft de dochter (Anouk Peeters) laten weten dat haar moeder na een "
        "beroerte de bedrijfsvoering niet kan voortzetten; dossier op verzoek van de familie gepauzeerd. "
        "Bij nr. 1 wil de heer Daniëls eerst een gesprek met gedeputeerde Van der Maat (gepland 24 juni).", size=8.3)
    d.p("Accounthouders: M. Ramdin (06 11 28 90 43), L. Hendrikx (06 30 41 67 25), J. van Lieshout "
        "(06 46 09 12 38). Algemeen: peelvenen@brabant.nl, (073) 681 28 12.", size=8.3)
    d.r("PERSON", "P.J.M. Daniëls", "DANIËLS", "Daniëls", "P.J.M.")
    d.r("PERSON", "G. van der Heijden-Verhoeven", "Van der Heijden-Verhoeven")
    d.r("PERSON", "Maatschap Sanders-de Wit", "Sanders-de Wit")
    d.r("PERSON", "H. (Harrie) van de Kerkhof", "van de Kerkhof", "Harrie")
    d.r("PERSON", "J. Peeters-Bongers", "Peeters-Bongers")
    d.r("HEALTH", "ziek / beroerte", "beroerte")
    d.r("PERSON", "Anouk Peeters", "Anouk Peeters")
    d.r("PERSON", "Gebr. Van Bussel", "Van Bussel")
    d.r("PERSON", "A.W. Claassen", "Claassen", "A.W.")
    d.r("PERSON", "Karolina Nowak-Verbakel", "Nowak-Verbakel", "Karolina")
    d.r("PERSON", "M. Ramdin", "Ramdin")
    d.r("PERSON", "L. Hendrikx", "Hendrikx")
    d.r("PERSON", "J. van Lieshout", "van Lieshout")
    d.r("PHONE", "06 11 28 90 43", "06 11 28 90 43")
    d.r("PHONE", "06 30 41 67 25", "06 30 41 67 25")
    d.r("PHONE", "06 46 09 12 38", "06 46 09 12 38")
    d.k("ORG", "Provincie Noord-Brabant", "Provincie Noord-Brabant")
    d.k("PROGRAMME", "Gebiedsprogramma Peelvenen", "Gebiedsprogramma Peelvenen", "Groote Peel", "Lbv-plus")
    d.k("PLACE", "places", "Asten", "Helenaveen", "Griendtsveen", "Liessel", "Someren-Heide", "Peel en Maas")
    d.k("OFFICE_HOLDER", "gedeputeerde Van der Maat", "Van der Maat")
    d.k("EMAIL_FUNCTIONAL", "peelvenen@brabant.nl", "peelvenen@brabant.nl", "(073) 681 28 12")
    d.k("TERM", "sectors", "vleeskalveren", "pluimvee")
    return d


# ============================================================== bm22 statenbrief Fryslân (keep-heavy)
@reg
def bm22():
    d = Doc("bm22_statenbrief_fryslan_stikstof_dijken", "Brief aan Provinciale Staten",
            font="DejaVuSerif", size=9.4, producer="reportlab (DejaVu Serif, statenbrief)")
    W, H = A4
    d.first_top = 60 * mm

    def fp(c, doc):
        logo(c, 25 * mm, H - 20 * mm, "Provinsje Fryslân", font="DejaVuSerif-Bold", color="#0c3f78")
        c.setFont("DejaVuSans", 7.5)
        c.drawString(25 * mm, H - 28 * mm, "Tweebaksmarkt 52 · Postbus 20120 · 8900 HM Leeuwarden · "
                     "(058) 292 59 25 · provincie@fryslan.frl")
        c.drawString(25 * mm, H - 40 * mm, "Oan Provinsjale Steaten  |  Datum 10 juni 2025  |  Kenmerk 01972315  |  "
                     "Behandeld door Sjoukje Hoekstra-Bergsma, (058) 292 83 71")
    d.first_page = fp
    d.footer = "Statenbrief 01972315 - side {p}"
    d.h("Stand van zaken stikstofaanpak en dijkversterking Waddenzeedijk", size=11)
    d.p("Geachte Staten,")
    d.p("Met deze brief informeren wij u over de voortgang van het Fries Programma Landelijk Gebied en de "
        "versterking van de Waddenzeedijk tussen Koehool en Lauwersmeer. Wij doen dat naar aanleiding van de "
        "toezegging van gedeputeerde Fokkinga in de Statenvergadering van 16 april 2025.")
    d.h("Stikstof en PAS-melders")
    d.p("In Fryslân zijn 418 PAS-melders bekend. De Fryske Utfieringstsjinst Miljeu en Omjouwing (FUMO) "
        "ondersteunt ons bij de vergunningverlening. Minister Wiersma van LVVN heeft op 21 mei 2025 extra "
        "middelen toegezegd. Wij hebben het Rijk via het IPO gevraagd om een landelijke rekenkundige "
        "ondergrens.")
    d.h("Dijkversterking")
    d.p("Wetterskip Fryslân versterkt de Waddenzeedijk in het kader van het Hoogwaterbeschermingsprogramma. "
        "Dijkgraaf Bijma heeft ons laten weten dat de grondverwerving bij Wierum vertraging oploopt. Zestien "
        "eigenaren hebben een aanbod gekregen; met elf is overeenstemming. Het Wetterskip bereidt voor vier "
        "percelen een onteigeningsprocedure voor op grond van de Omgevingswet.")
    d.h("Vervolg")
    d.p("Wij informeren u in het najaar opnieuw. Vragen kunt u stellen via de griffie "
        "(griffie@fryslan.frl).")
    d.p("Gedeputeerde Staten van Fryslân,<br/>A.A.M. Brok, voorzitter<br/>"
        "(secretaris: voor deze, S. Hoekstra-Bergsma)")
    d.r("PERSON", "Sjoukje Hoekstra-Bergsma", "Hoekstra-Bergsma", "Sjoukje")
    d.r("PHONE", "(058) 292 83 71", "(058) 292 83 71")
    d.k("ORG", "Provinsje Fryslân", "Provinsje Fryslân", "Gedeputeerde Staten van Fryslân", "Provinsjale Steaten")
    d.k("ADDRESS_PUBLIC", "Tweebaksmarkt 52", "Tweebaksmarkt 52", "Postbus 20120", "(058) 292 59 25",
        "provincie@fryslan.frl", "griffie@fryslan.frl")
    d.k("CASE", "01972315", "01972315")
    d.k("PROGRAMME", "Fries Programma Landelijk Gebied", "Fries Programma Landelijk Gebied",
        "Hoogwaterbeschermingsprogramma")
    d.k("PLACE", "places", "Waddenzeedijk", "Koehool", "Lauwersmeer", "Wierum")
    d.k("OFFICE_HOLDER", "gedeputeerde Fokkinga", "Fokkinga")
    d.k("OFFICE_HOLDER", "minister Wiersma", "Wiersma")
    d.k("OFFICE_HOLDER", "dijkgraaf Bijma", "Bijma")
    d.k("OFFICE_HOLDER", "CdK Brok", "A.A.M. Brok")
    d.k("ORG", "FUMO", "Fryske Utfieringstsjinst Miljeu en Omjouwing", "FUMO", "IPO", "Wetterskip Fryslân", "LVVN")
    d.k("LAW", "Omgevingswet", "Omgevingswet")
    return d
