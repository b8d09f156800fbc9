"""Set mixed19, part A: born-digital documents that show personal data in pictures."""
from __future__ import annotations

from framework import Pic, h, img, o, t, table_pic  # noqa: F401
from render import chromium_doc, docx_doc, fpdf_doc, reportlab_pdf

CM = 28.3465


# ------------------------------------------------------------------------------------------------
def ac01(out):
    """Slide deck printed to PDF (Chromium, landscape): team slide and attendance list as pictures."""
    logo = Pic(17 * CM, 4.2 * CM, 200, bg=(255, 255, 255))
    logo.rect(0, 0, 1.1 * CM, 4.2 * CM, fill=(21, 66, 115))
    logo.text(1.6 * CM, 0.4 * CM, "{{Ministerie van Volkshuisvesting|ORG}}", 20, "sansb", fill=(21, 66, 115))
    logo.text(1.6 * CM, 1.5 * CM, "en Ruimtelijke Ordening", 20, "sansb", fill=(21, 66, 115))
    logo.text(1.6 * CM, 2.9 * CM, "in samenwerking met {{Regio Stedendriehoek|ORG}}", 14, "sans", fill=(60, 60, 60))

    team = table_pic("Het kernteam {{Woningbouwimpuls|PROGRAM}}",
                     ["Naam", "Rol", "Organisatie", "Telefoon"],
                     [["[[Hidde Wolters|PERSON]]", "programmamanager", "{{Rijksvastgoedbedrijf|ORG}}", "[[06-4172 8390|PHONE]]"],
                      ["[[Giselle Croes|PERSON]]", "projectleider", "{{Gemeente Apeldoorn|ORG}}", "[[06-2319 6604|PHONE]]"],
                      ["[[Kwame Owusu-Ansah|PERSON]]", "adviseur grond", "{{Provincie Gelderland|ORG}}", "[[06-5580 1247|PHONE]]"],
                      ["[[Tessa Winter|PERSON]]", "planeconoom", "{{Gemeente Deventer|ORG}}", "[[06-1094 3375|PHONE]]"],
                      ["[[Rami Al-Khatib|PERSON]]", "jurist omgevingsrecht", "{{Gemeente Zutphen|ORG}}", "[[06-3866 2051|PHONE]]"],
                      ["[[Baukje Feenstra|PERSON]]", "secretaris", "{{Regio Stedendriehoek|ORG}}", "[[06-2745 9918|PHONE]]"]],
                     [5.4 * CM, 5.6 * CM, 6.0 * CM, 3.8 * CM], size=12, title_size=16)
    att = table_pic("Aanwezig op 12 maart 2025 (digitaal en in {{Apeldoorn|PLACE}})",
                    ["Naam", "Organisatie"],
                    [["[[M. Dam-Rietveld|PERSON]]", "{{Woonstichting De Woonmensen|ORG}}"],
                     ["[[Thiago da Silva Santos|PERSON]]", "{{BPD Ontwikkeling|ORG}}"],
                     ["[[Wytske Jelsma|PERSON]]", "{{Gemeente Lochem|ORG}}"],
                     ["[[Dewi Soemardjo|PERSON]]", "{{Gemeente Voorst|ORG}}"],
                     ["[[R. ter Horst|PERSON]]", "{{Waterschap Vallei en Veluwe|ORG}}"],
                     ["[[Jurgen Tromp|PERSON]]", "{{Rijkswaterstaat|ORG}}"],
                     ["[[Esmée Brouwer|PERSON]]", "{{Gemeente Brummen|ORG}}"]],
                    [6.4 * CM, 8.0 * CM], size=11, head_bg=(230, 126, 34), zebra=((255, 255, 255), (253, 235, 215)))
    chart = Pic(11 * CM, 7.4 * CM, 200)
    chart.text(10, 8, "{{Woningbouwimpuls|PROGRAM}}: opgeleverde woningen", 12, "sansb")
    vals = [("{{Apeldoorn|PLACE}}", 1260), ("{{Deventer|PLACE}}", 980), ("{{Zutphen|PLACE}}", 410), ("{{Epe|PLACE}}", 150)]
    for i, (nm, v) in enumerate(vals):
        y = 50 + i * 34
        chart.text(10, y + 4, nm, 11, "sans")
        chart.rect(95, y, v / 1260 * 180, 22, fill=(21, 66, 115))
        chart.text(100 + v / 1260 * 180, y + 4, str(v), 10, "sans")
    blocks = [
        img(logo),
        ("sp", 30),
        ("h1", "Startbijeenkomst {{Woningbouwimpuls|PROGRAM}} {{Stedendriehoek|PLACE}}"),
        ("p", "Versnellen van de woningbouw in {{Apeldoorn|PLACE}}, {{Deventer|PLACE}}, {{Zutphen|PLACE}} en de kleinere kernen"),
        ("p", "12 maart 2025 - provinciehuis {{Arnhem|PLACE}}, {{Markt 11|OFFICE_ADDRESS}}"),
        ("p", "Presentatie: [[Hidde Wolters|PERSON]] ({{Rijksvastgoedbedrijf|ORG}}) en [[Giselle Croes|PERSON]] (gemeente {{Apeldoorn|PLACE}})"),
        ("pb",),
        ("h1", "Wie doet wat?"),
        ("p", "Het kernteam bereidt de bestuurlijke overleggen voor; de bestuurlijke trekkers zijn wethouder "
              "{{Nathalie Wijnberg|OFFICE_HOLDER}} ({{Apeldoorn|PLACE}}) en gedeputeerde {{Harm Bosveld|OFFICE_HOLDER}} "
              "({{Gelderland|PLACE}}). Vragen: {{woningbouwimpuls@minvro.nl|MAILBOX}}."),
        img(team),
        ("pb",),
        ("h1", "Aanwezigen en voortgang"),
        ("p", "De voortgang wordt elk kwartaal gemeld aan minister {{Keijzer|OFFICE_HOLDER}} van {{VRO|ACRONYM}}; "
              "de cijfers komen uit de {{Monitor Woningbouw|PRODUCT}} van het {{CBS|ACRONYM}}."),
        img(att),
        img(chart),
    ]
    css = ("@page { size: A4 landscape; margin: 12mm 16mm; } body { font-size: 14pt; } h1 { font-size: 24pt; color: #154273; }"
           " p { font-size: 13pt; } img { display: inline-block; vertical-align: top; margin-right: 8mm; }")
    chromium_doc(blocks, out, css_extra=css, landscape=True)
    return {"info": {"Title": "Startbijeenkomst Woningbouwimpuls", "Author": h("metadata", "[[Wolters, Hidde|PERSON]]")}}


# ------------------------------------------------------------------------------------------------
def _email_shot(hdr, body, w_cm=16.5, size=10.5, seed=0):
    lines = len(hdr) + len(body)
    p = Pic(w_cm * CM, (3.0 + lines * 0.62) * CM, 200, bg=(250, 250, 250))
    p.rect(0, 0, w_cm * CM, 0.9 * CM, fill=(0, 94, 184))
    p.text(8, 6, "Bericht - Outlook", 11, "sansb", fill="white")
    y = 1.2 * CM
    for k, v in hdr:
        p.text(10, y, k, size, "sansb", fill=(80, 80, 80))
        p.text(85, y, v, size, "sans")
        y += size * 1.55
    p.line([(8, y + 2), (w_cm * CM - 8, y + 2)], fill=(180, 180, 180))
    y += 10
    for ln in body:
        p.text(10, y, ln, size, "sans")
        y += size * 1.55
    return p


def ac02(out):
    """Word memo (LibreOffice) with a pasted screenshot of a resident's e-mail."""
    shot = _email_shot(
        [("Van:", "[[Gerrit-Jan Winter|PERSON]] <[[gj.winter@ziggo.nl|EMAIL]]>"),
         ("Verzonden:", "maandag 3 februari 2025 22:14"),
         ("Aan:", "Secretariaat wethouder {{Kolkman|OFFICE_HOLDER}}"),
         ("CC:", "[[Fenna Smit-Koning|PERSON]]; [[Ayoub El Idrissi|PERSON]]"),
         ("Onderwerp:", "Bouw naast {{Zwolseweg|STREET}} - geen reactie")],
        ["Geachte wethouder,",
         "Sinds oktober wacht ik op antwoord over de aanbouw van mijn buurman",
         "[[Koen Dam|PERSON]] op [[Zwolseweg 188|ADDRESS]]. De heer [[Dam|PERSON]] bouwt gewoon door.",
         "Mevrouw [[Smit-Koning|PERSON]] van nummer 190 kan het bevestigen.",
         "Bel mij gerust op [[06-2290 4417|PHONE]].",
         "Met vriendelijke groet,",
         "[[Gerrit-Jan Winter|PERSON]]"])
    blocks = [
        ("h1", "Memo"),
        ("table", [["Aan", "wethouder {{Anke Kolkman|OFFICE_HOLDER}} (ruimtelijke ordening)"],
                   ["Van", "team Vergunningen, Toezicht en Handhaving, [[Lisanne op de Beek|PERSON]]"],
                   ["Datum", "5 februari 2025"],
                   ["Onderwerp", "Klacht over aanbouw {{Zwolseweg|STREET}}, verzoek om een reactie"],
                   ["Zaaknummer", "{{Z/25/218804|CASE_NUMBER}}"]], [3.2, 13.0], {"head": False}),
        ("h2", "Aanleiding"),
        ("p", "Op 3 februari ontving uw secretariaat de e-mail hieronder (schermafdruk uit Outlook). De melder vraagt "
              "sinds oktober om een reactie op de bouw van een aanbouw door zijn buurman. In {{Squit|PRODUCT}} staat "
              "de melding van 14 oktober 2024 nog op 'in behandeling'; de toezichthouder die de zaak had, is met "
              "verlof."),
        img(shot),
        ("h2", "Stand van zaken"),
        ("p", "De aanbouw is vergunningvrij als hij binnen 4 meter van het hoofdgebouw blijft (Bijlage II {{Bbl|ACRONYM}}). "
              "Uit de luchtfoto ({{Cyclomedia|PRODUCT}}, januari 2025) blijkt dat de aanbouw ongeveer 5,5 meter diep is. "
              "Toezichthouder [[Ayoub El Idrissi|PERSON]] gaat op 12 februari ter plaatse kijken."),
        ("h2", "Voorstel"),
        ("p", "Wij stellen voor dat u de melder laat weten dat de zaak na het bezoek van 12 februari binnen vier weken "
              "wordt afgerond. Een conceptantwoord volgt na het bezoek. Voor vragen: [[Lisanne op de Beek|PERSON]], "
              "[[l.opdebeek@deventer.nl|EMAIL]], [[0570 69 34 12|PHONE]], of het algemene nummer {{14 0570|SWITCHBOARD}}."),
        ("h2", "Informatie die niet openbaar gemaakt kan worden"),
        ("p", "Motivering: (in te vullen)"),
    ]
    docx_doc(blocks, out, header="{{Gemeente Deventer|ORG}} - intern", footer="Memo VTH - [[LodB|PARAPH]]")


# ------------------------------------------------------------------------------------------------
def ac03(out):
    """Letter (reportlab) with a scanned signature block as a picture, the signer's name in it."""
    sig = Pic(16.5 * CM, 5.0 * CM, 300, bg=(253, 253, 250))
    sig.text(6, 6, "Met vriendelijke groet,", 10.5, "serif")
    sig.text(6, 22, "namens het college van {{burgemeester en wethouders|ROLE}},", 10.5, "serif")
    sig.squiggle(20, 45, 150, 38, seed=303)
    sig.text(6, 95, "[[Tsjerk Bosma|PERSON]]", 11, "serif")
    sig.text(6, 111, "{{teamleider Inkomen en Zorg|ROLE}}", 10.5, "serif")
    sig.rect(330, 40, 110, 70, outline=(120, 30, 30), width=1.2, r=6)
    sig.text(338, 50, "Gezien", 10, "sansb", fill=(120, 30, 30))
    sig.text(338, 68, "[[H. Feenstra|PERSON]]", 10, "sans", fill=(120, 30, 30))
    sig.text(338, 86, "18-02-2025", 10, "sans", fill=(120, 30, 30))
    b = "16 0823 5512"
    blocks = [
        ("small", "{{Gemeente Súdwest-Fryslân|ORG}} - {{Postbus 10000|OFFICE_ADDRESS}}, 8600 HA {{Sneek|PLACE}} - "
                  "telefoon {{14 0515|SWITCHBOARD}} - {{www.sudwestfryslan.nl|WEB}}"),
        ("sp", 18),
        ("p", "Aan mevrouw [[H.J. Jelsma-de Wit|PERSON]]\n[[Skilpaed 14|ADDRESS]]\n[[8711 BR|POSTCODE]] {{Workum|PLACE}}"),
        ("sp", 12),
        ("table", [["Datum", "18 februari 2025"], ["Ons kenmerk", "{{BB-2025-0412|CASE_NUMBER}}"],
                   ["Uw BSN", f"[[{__import__('framework').bsn(303)}|BSN]]"], ["Onderwerp", "Besluit bijzondere bijstand"]],
         [3.5, 9.0], {"head": False, "grid": False}),
        ("p", "Geachte mevrouw [[Jelsma-de Wit|PERSON]],"),
        ("p", "Op 27 januari 2025 heeft u bijzondere bijstand aangevraagd voor de kosten van een nieuwe wasmachine en "
              "een bed voor uw zoon [[Sietse|PERSON]]. Wij hebben uw aanvraag beoordeeld op grond van artikel 35 van de "
              "{{Participatiewet|LAW}} en de {{Beleidsregels bijzondere bijstand Súdwest-Fryslân 2024|LAW}}."),
        ("h2", "Ons besluit"),
        ("p", "Wij kennen u bijzondere bijstand toe van € 640,00. Dit bedrag maken wij binnen tien werkdagen over op "
              f"rekening [[{__import__('framework').iban('INGB', 303)}|IBAN]] ten name van [[H.J. Jelsma|PERSON]]."),
        ("p", "Voor het bed van [[Sietse|PERSON]] geldt een maximum van € 250,00. Uw klantmanager, de heer "
              "[[Bosma|PERSON]], heeft dit op 6 februari met u besproken tijdens het huisbezoek."),
        ("h2", "Bent u het niet eens met dit besluit?"),
        ("p", "Dan kunt u binnen zes weken bezwaar maken bij het college van {{burgemeester en wethouders|ROLE}}, "
              "{{Postbus 10000|OFFICE_ADDRESS}}, 8600 HA {{Sneek|PLACE}}. Vragen? Bel {{14 0515|SWITCHBOARD}} en vraag naar het "
              "{{Sociaal Team Workum|ORG}}."),
        img(sig),
        ("small", "Dit besluit is gemaakt met {{Suite4Sociaal Domein|PRODUCT}}; de handtekening is een afbeelding."),
    ]
    reportlab_pdf(blocks, out, serif=True, footer="Kenmerk {{BB-2025-0412|CASE_NUMBER}}")


# ------------------------------------------------------------------------------------------------
def ac04(out):
    """Organisation chart as a picture with names in coloured boxes (reportlab)."""
    p = Pic(17 * CM, 13.5 * CM, 200, bg="white")
    p.text(10, 6, "Directie {{Bouwen en Energie|ORG}} - stand 1 april 2025", 13, "sansb", fill=(21, 66, 115))

    def box(x, y, w, role, name, fill, fg="black"):
        p.rect(x, y, w, 46, fill=fill, outline=(90, 90, 90), width=0.8, r=4)
        p.text(x + 6, y + 6, role, 9.5, "sansb", fill=fg)
        p.text(x + 6, y + 24, name, 10, "sans", fill=fg)

    box(150, 40, 180, "Directeur", "[[Marjolein Koning-Visser|PERSON]]", (207, 226, 243))
    box(10, 110, 150, "Secretariaat", "[[Dilara Aksoy|PERSON]]", (255, 242, 204))
    box(320, 110, 150, "Strategisch adviseur", "[[Bart-Jan in 't Veld|PERSON]]", (255, 242, 204))
    p.line([(240, 86), (240, 175)], fill=(90, 90, 90))
    p.line([(85, 175), (395, 175)], fill=(90, 90, 90))
    for x, role, name in ((10, "Team Bouwregelgeving", "[[Faadumo Cabdi Warsame|PERSON]]"),
                          (170, "Team Verduurzaming", "[[Joris van Dijk|PERSON]]"),
                          (330, "Team {{Bbl|ACRONYM}} en toezicht", "[[Kovács Eszter|PERSON]]")):
        p.line([(x + 75, 175), (x + 75, 190)], fill=(90, 90, 90))
        box(x, 190, 150, role, name, (226, 239, 218))
    p.text(10, 260, "Teamleden (selectie)", 11, "sansb")
    y = 280
    for a, b2, c in (("[[Sanne Kok|PERSON]]", "[[Lucas Blom|PERSON]]", "[[Nour Abu Saleh|PERSON]]"),
                     ("[[Ruud de Groot|PERSON]]", "[[Imke ten Cate|PERSON]]", "[[Wahyu Kartodirdjo|PERSON]]")):
        p.text(14, y, a, 10, "sans")
        p.text(174, y, b2, 10, "sans")
        p.text(334, y, c, 10, "sans")
        y += 18
    p.text(10, 330, "Bron: {{P-Direkt|ORG}} / {{Youforce|PRODUCT}}", 9, "sans", fill=(100, 100, 100))
    p.rect(330, 325, 150, 40, fill=(21, 66, 115))
    p.text(338, 331, "Ministerie van {{VRO|ACRONYM}}", 10, "sansb", fill="white")
    p.text(338, 347, "{{DG Wonen|ORG}}", 10, "sans", fill="white")
    blocks = [
        ("h1", "Inwerkmap nieuwe medewerkers - organisatie"),
        ("p", "Deze map hoort bij het introductieprogramma van het {{Directoraat-generaal Volkshuisvesting en Bouwen|ORG}}. "
              "De directie {{Bouwen en Energie|ORG}} werkt voor minister {{Mona Keijzer|OFFICE_HOLDER}} aan de "
              "{{Woningwet|LAW}}, het {{Besluit bouwwerken leefomgeving|LAW}} en het {{Nationaal Isolatieprogramma|PROGRAM}}. "
              "Het organisatieschema hieronder komt uit het intranet ({{Rijksportaal|PRODUCT}}); namen kunnen zijn "
              "gewijzigd."),
        img(p),
        ("h2", "Praktisch"),
        ("p", "Bezoekadres: {{Turfmarkt 147|OFFICE_ADDRESS}}, {{Den Haag|PLACE}}. Receptie: {{070 426 6426|SWITCHBOARD}}. "
              "Vragen over de inwerkmap: {{inwerken-bouwen@minvro.nl|MAILBOX}}. Je buddy neemt in de eerste week contact "
              "met je op."),
    ]
    reportlab_pdf(blocks, out, footer="{{Ministerie van Volkshuisvesting en Ruimtelijke Ordening|ORG}} - inwerkmap")


# ------------------------------------------------------------------------------------------------
def ac05(out):
    """Meeting report with a photo of a whiteboard carrying initials and first names (reportlab)."""
    import random as _r
    wb = Pic(16 * CM, 10.5 * CM, 200, bg=(236, 238, 232))
    wb.rect(8, 8, 16 * CM - 16, 10.5 * CM - 16, fill=(248, 248, 244), outline=(160, 160, 160), width=3)
    rnd = _r.Random(505)
    lines = [("{{RES|ACRONYM}} 2.0 - bouwstenen", (20, 40, 140), 15),
             ("1. zon op dak bedrijven -> [[JvdB|PARAPH]] + [[Mursal|PERSON]]", (20, 20, 20), 12.5),
             ("2. netcongestie {{Enexis|ORG}}: [[HtH|PARAPH]] belt [[Farid|PERSON]] (vr)", (20, 20, 20), 12.5),
             ("3. wind {{Hengelo|PLACE}}-Noord: draagvlak?? ([[AKo|PARAPH]])", (170, 20, 20), 12.5),
             ("4. participatie: avond in {{Borne|PLACE}} - [[Shurandy|PERSON]] regelt zaal", (20, 20, 20), 12.5),
             ("PARKEREN: warmtenet {{Twence|ORG}}", (20, 110, 40), 12.5)]
    y = 24
    for s, col, sz in lines:
        wb.text(22 + rnd.uniform(-4, 4), y, s, sz, "sansb" if sz > 13 else "sans", fill=col)
        y += sz * 2.3
    for i, (a, bcol) in enumerate((("[[Mursal|PERSON]]: cijfers", (255, 236, 120)), ("[[JvdB|PARAPH]]: kaart", (255, 200, 220)),
                                   ("[[Farid|PERSON]] 12/3", (200, 235, 255)))):
        x = 40 + i * 130
        wb.rect(x, 220, 112, 52, fill=bcol)
        wb.text(x + 8, 236, a, 11, "sans")
    im = wb.im.rotate(0.6, expand=False, fillcolor=(236, 238, 232))
    wb.im = im
    wb.d = __import__("PIL.ImageDraw", fromlist=["ImageDraw"]).Draw(wb.im)
    blocks = [
        ("h1", "Verslag werksessie {{Regionale Energiestrategie|PROGRAM}} {{Twente|PLACE}}"),
        ("table", [["Datum", "4 maart 2025, 13.30-16.00 uur"],
                   ["Locatie", "{{Provinciehuis Overijssel|ORG}}, {{Luttenbergstraat 2|OFFICE_ADDRESS}}, {{Zwolle|PLACE}}"],
                   ["Aanwezig", "[[Jan van den Berg|PERSON]] (provincie), [[Mursal Hotak|PERSON]] ({{Netbeheer Nederland|ORG}}), "
                                "[[Hester ten Hove|PERSON]] ({{Regio Twente|ORG}}), [[Anouk Kolk|PERSON]] (gemeente {{Hengelo|PLACE}}), "
                                "[[Farid Noorzai|PERSON]] ({{Enexis|ORG}}), [[Shurandy Martina|PERSON]] (gemeente {{Borne|PLACE}})"],
                   ["Verslag", "[[Hester ten Hove|PERSON]]"]], [3.0, 13.0], {"head": False}),
        ("h2", "1. Opening"),
        ("p", "Gedeputeerde {{Tijs de Bree|OFFICE_HOLDER}} opent de sessie en verwijst naar de brief van minister "
              "{{Hermans|OFFICE_HOLDER}} ({{KGG|ACRONYM}}) over netcongestie. De {{RES|ACRONYM}} 2.0 moet in oktober naar "
              "{{Provinciale Staten|ORG}}."),
        ("h2", "2. Uitkomsten (foto van het whiteboard)"),
        img(wb),
        ("p", "De foto is na afloop gemaakt door [[Jan van den Berg|PERSON]]. De acties staan hieronder uitgeschreven."),
        ("h2", "3. Acties"),
        ("table", [["Nr", "Actie", "Wie", "Wanneer"],
                   ["1", "Inventarisatie daken bedrijventerreinen", "[[Jan|PERSON]] / [[Mursal|PERSON]]", "1 april"],
                   ["2", "Overleg capaciteit {{Enexis|ORG}} en {{TenneT|ORG}}", "[[Hester|PERSON]] en [[Farid|PERSON]]", "14 maart"],
                   ["3", "Zaal participatieavond {{Borne|PLACE}}", "[[Shurandy|PERSON]]", "21 maart"],
                   ["4", "Notitie draagvlak wind", "[[A. Kolk|PERSON]]", "1 april"]], [1.0, 8.0, 4.5, 2.5]),
        ("p", "Volgende sessie: 8 april 2025 in het stadhuis van {{Hengelo|PLACE}}, {{Hazemeijerplein 1|OFFICE_ADDRESS}}. "
              "Vragen via {{res.twente@overijssel.nl|MAILBOX}}."),
    ]
    reportlab_pdf(blocks, out, header="{{Provincie Overijssel|ORG}} - {{RES|ACRONYM}} {{Twente|PLACE}}")


# ------------------------------------------------------------------------------------------------
def ac06(out):
    """Report of an online meeting with a Teams gallery screenshot (Chromium)."""
    p = Pic(17 * CM, 10 * CM, 200, bg=(41, 41, 41))
    p.text(10, 6, "{{Microsoft Teams|PRODUCT}} - Overleg waterveiligheid {{IJssel|PLACE}}", 11, "sansb", fill=(230, 230, 230))
    tiles = [("[[Quendrick Maduro|PERSON]]", "{{VRIJ|ACRONYM}}"), ("[[Abena Mensah|PERSON]]", "{{Waterschap Drents Overijsselse Delta|ORG}}"),
             ("[[Pieter-Bas Vos|PERSON]]", "{{Rijkswaterstaat|ORG}}"), ("[[Hodan Maxamed|PERSON]]", "{{Gemeente Kampen|ORG}}"),
             ("[[Hugo Bakker|PERSON]]", "{{Defensie|ORG}}"), ("[[Lina Abu-Ghazaleh|PERSON]]", "{{GGD IJsselland|ORG}}")]
    cols = [(94, 129, 172), (121, 85, 72), (46, 125, 50), (142, 36, 170), (0, 121, 107), (198, 40, 40)]
    for i, (nm, org) in enumerate(tiles):
        x = 12 + (i % 3) * 158
        y = 30 + (i // 3) * 120
        p.rect(x, y, 150, 112, fill=(60, 60, 60), r=6)
        p.ellipse(x + 52, y + 10, 46, 46, fill=cols[i])
        ini = "".join(w[0] for w in __import__("framework").plain(nm).replace("-", " ").split()[:2])
        p.text(x + 62, y + 20, ini, 14, "sansb", fill="white", reg=False)
        p.text(x + 6, y + 66, nm, 10, "sans", fill="white")
        p.text(x + 6, y + 86, org, 7.5, "cond", fill=(210, 210, 210))
    blocks = [
        ("h1", "Verslag digitaal overleg hoogwater {{IJssel|PLACE}} (oefening {{Waterproef|PROGRAM}})"),
        ("p", "Datum: 20 januari 2025, 10.00-11.15 uur, via {{Microsoft Teams|PRODUCT}}. Voorzitter: burgemeester "
              "{{Peter Snijders|OFFICE_HOLDER}} ({{Zwolle|PLACE}}), voorzitter van de {{Veiligheidsregio IJsselland|ORG}}. "
              "Notulist: [[Charissa Isenia|PERSON]] ({{VRIJ|ACRONYM}})."),
        ("p", "Hieronder een schermafdruk van de deelnemers bij de start van het overleg; twee deelnemers belden in."),
        img(p),
        ("h2", "Afspraken"),
        ("p", "1. Het waterschap levert vóór 1 februari de geactualiseerde overstromingskaart voor {{Kampen|PLACE}} en "
              "{{Zwolle|PLACE}} aan het {{Landelijk Crisis Centrum|ORG}} ({{LCC|ACRONYM}})."),
        ("p", "2. Inbeller [[Tom Kuipers|PERSON]] (tel. [[06-8011 2347|PHONE]]) stuurt de evacuatielijst van zorginstellingen "
              "naar de {{GGD IJsselland|ORG}}; [[Kuipers|PERSON]] neemt dit op met [[Lina|PERSON]]."),
        ("p", "3. De {{Veiligheidsregio IJsselland|ORG}} meldt de oefening aan bij het {{Nationaal Crisiscentrum|ORG}}. "
              "Contact: {{crisisbeheersing@vrijsselland.nl|MAILBOX}}."),
        ("small", "Verslag vastgesteld door de voorzitter. Verspreiding: deelnemers en {{Deltacommissaris|ROLE}}."),
    ]
    chromium_doc(blocks, out)


# ------------------------------------------------------------------------------------------------
def ac07(out):
    """Municipal newsletter in two columns naming residents, with a flyer picture (Chromium)."""
    fl = Pic(8.2 * CM, 9.6 * CM, 200, bg=(255, 214, 0))
    fl.text(10, 10, "BUURTPREVENTIE", 16, "sansb")
    fl.text(10, 34, "{{Colmschate|PLACE}}-Zuid", 14, "sansb")
    fl.text(10, 64, "Word lid van onze", 11, "sans")
    fl.text(10, 80, "{{WhatsApp|PRODUCT}}-groep!", 11, "sans")
    fl.rect(8, 108, 8.2 * CM - 16, 96, fill=(255, 255, 255))
    fl.text(16, 116, "Aanmelden bij:", 10.5, "sansb")
    fl.text(16, 134, "[[Sjoukje Hiemstra|PERSON]]", 11, "sans")
    fl.text(16, 152, "[[06-4409 1862|PHONE]]", 11, "sans")
    fl.text(16, 170, "[[Dennis Blom|PERSON]] [[06-3317 7425|PHONE]]", 10, "sans")
    fl.text(10, 222, "Samen met {{Politie Oost-Nederland|ORG}}", 9.5, "sans")
    fl.text(10, 238, "en {{Gemeente Deventer|ORG}}", 9.5, "sans")
    css = ".cols { column-count: 2; column-gap: 8mm; } h1 { color: #b8282f; } .cols p { margin: 0 0 6px 0; }"
    blocks = [
        ("h1", "Wijknieuws {{Colmschate|PLACE}} en {{Schalkhaar|PLACE}} - maart 2025"),
        ("small", "Een uitgave van de {{Gemeente Deventer|ORG}}, wijkteam Oost - {{Grote Kerkhof 1|OFFICE_ADDRESS}}, "
                  "{{Deventer|PLACE}} - {{14 0570|SWITCHBOARD}} - {{wijkteamoost@deventer.nl|MAILBOX}}"),
        ("html", "<div class='cols'>"),
        ("h2", "Nieuwe moestuin bij de {{Jan Ligthartschool|ORG}}"),
        ("p", "Op zaterdag 8 maart opende burgemeester {{Ron König|OFFICE_HOLDER}} de buurtmoestuin naast de "
              "{{Jan Ligthartschool|ORG}} aan de {{Holterweg|STREET}}. Het idee kwam van buurtbewoners [[Kofi Boateng|PERSON]] "
              "en [[Els Kok|PERSON]]. 'We hadden een lege strook gras en veertig buren met groene vingers,' zegt "
              "[[Boateng|PERSON]]. Wie mee wil doen, kan op woensdagmiddag langskomen; [[Els|PERSON]] heeft de sleutel."),
        ("h2", "Verkeersveiligheid {{Oostriklaan|STREET}}"),
        ("p", "Na klachten van bewoners over hardrijders hangt er sinds februari een snelheidsdisplay. Bewoner "
              "[[Marco van Wijk|PERSON]] ([[Oostriklaan 52|ADDRESS]]) verzamelde 212 handtekeningen. Wethouder "
              "{{Marco Swart|OFFICE_HOLDER}} ging met hem en de wijkagent in gesprek. De gemeente onderzoekt drempels."),
        ("h2", "Buurtpreventie"),
        ("p", "In {{Colmschate|PLACE}}-Zuid is een nieuwe buurtpreventiegroep gestart. Zie de flyer hiernaast. De groep werkt "
              "samen met wijkagent {{Politie Oost-Nederland|ORG}} en het {{Centrum voor Criminaliteitspreventie en Veiligheid|ORG}}."),
        img(fl),
        ("h2", "In memoriam"),
        ("p", "Op 19 februari overleed [[Hendrik Jan Zwolle|PERSON]] (91), jarenlang vrijwilliger bij buurthuis "
              "{{De Flora|ORG}}. Meneer [[Zwolle|PERSON]] kwam in 1958 vanuit {{Zwolle|PLACE}} naar {{Deventer|PLACE}}."),
        ("h2", "Spreekuur wijkteam"),
        ("p", "Elke dinsdag van 9.00 tot 11.00 uur in {{De Flora|ORG}}, {{Flora 2|OFFICE_ADDRESS}}. Uw wijkcoach is "
              "[[Annemiek Tuinman|PERSON]] (bereikbaar via {{14 0570|SWITCHBOARD}})."),
        ("html", "</div>"),
    ]
    chromium_doc(blocks, out, css_extra=css)


# ------------------------------------------------------------------------------------------------
def _chat_shot(title, msgs, w_cm=11.5, size=10.5):
    h_pt = 1.3 * CM + len(msgs) * 3 * size * 1.55 + 20
    p = Pic(w_cm * CM, h_pt, 200, bg=(236, 229, 221))
    p.rect(0, 0, w_cm * CM, 1.1 * CM, fill=(7, 94, 84))
    p.text(10, 8, title, 12, "sansb", fill="white")
    y = 1.3 * CM + 4
    for who, txt, tm, mine in msgs:
        lines = txt.split("\n")
        bh = size * 1.55 * (len(lines) + 1) + 8
        x = 90 if mine else 8
        p.rect(x, y, w_cm * CM - 100, bh, fill=(220, 248, 198) if mine else (255, 255, 255), r=5)
        p.text(x + 6, y + 4, who, size - 1, "sansb", fill=(180, 60, 60) if not mine else (30, 110, 60))
        yy = y + 4 + size * 1.55
        for ln in lines:
            p.text(x + 6, yy, ln, size, "sans")
            yy += size * 1.55
        p.text(x + w_cm * CM - 100 - 40, y + 4, tm, 8, "sans", fill=(120, 120, 120), reg=False)
        y += bh + 8
    return p


def ac08(out):
    """Woo decision with an inventory, and a chat screenshot as an annex (reportlab)."""
    from framework import bsn  # noqa: F401
    chat = _chat_shot("[[Wouter Lammers|PERSON]]",
                      [("[[Wouter Lammers|PERSON]]", "Hoi [[Yazan|PERSON]], lukt het om de\n{{AERIUS|PRODUCT}}-berekening voor vrijdag te sturen?", "08:12", False),
                       ("[[Yazan Al-Hourani|PERSON]]", "Ja, [[Gerbrich|PERSON]] draait hem vandaag.\nBel anders even [[06-1938 4470|PHONE]]", "08:31", True),
                       ("[[Wouter Lammers|PERSON]]", "Top. {{Wiersma|OFFICE_HOLDER}} wil het maandag hebben.", "08:33", False)])
    inv = [["Nr", "Datum", "Document", "Van / aan", "Beoordeling", "Grond"],
           ["1", "09-09-2024", "E-mail over {{Lbv-plus|PROGRAM}} aanvraag", "[[W. Lammers|PERSON]] / [[Y. Al-Hourani|PERSON]]", "deels openbaar", "5.1.2e"],
           ["2", "11-09-2024", "Notitie {{AERIUS|PRODUCT}}-berekening", "[[G. Hofstra|PERSON]]", "deels openbaar", "5.1.2e"],
           ["3", "12-09-2024", "Chatbericht ({{WhatsApp|PRODUCT}})", "[[W. Lammers|PERSON]] / [[Y. Al-Hourani|PERSON]]", "deels openbaar", "5.1.2e"],
           ["4", "30-09-2024", "Beslisnota minister {{Wiersma|OFFICE_HOLDER}}", "directie {{Stikstof en Natuur|ORG}}", "openbaar", ""],
           ["5", "02-10-2024", "Brief aan {{LTO Noord|ORG}}", "{{RVO|ACRONYM}} / [[mr. P. Kamphuis|PERSON]]", "deels openbaar", "5.1.2e"],
           ["6", "14-10-2024", "Verslag gesprek provincie {{Gelderland|PLACE}}", "[[A. da Costa Ferreira|PERSON]]", "deels openbaar", "5.1.2e, 5.1.2i"]]
    blocks = [
        ("small", "{{Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur|ORG}} - {{Postbus 20401|OFFICE_ADDRESS}}, "
                  "2500 EK {{Den Haag|PLACE}}"),
        ("sp", 10),
        ("p", "Aan de heer [[B. Hoogland|PERSON]]\n[[Dorpsstraat 9|ADDRESS]]\n[[7263 AB|POSTCODE]] {{Mariënvelde|PLACE}}"),
        ("table", [["Datum", "21 november 2024"], ["Kenmerk", "{{WOO-2024-11873|CASE_NUMBER}}"],
                   ["Onderwerp", "Besluit op uw Woo-verzoek over de {{Lbv-plus|PROGRAM}}"]], [3.2, 10], {"head": False, "grid": False}),
        ("p", "Geachte heer [[Hoogland|PERSON]],"),
        ("p", "In uw verzoek van 4 oktober 2024 vraagt u op grond van de {{Wet open overheid|LAW}} ({{Woo|ACRONYM}}) om "
              "documenten over de beoordeling van uw aanvraag in de {{Landelijke beëindigingsregeling veehouderijlocaties "
              "met piekbelasting|PROGRAM}}. Ik heb zes documenten gevonden; zij staan in de inventarislijst (bijlage 1)."),
        ("h2", "Besluit"),
        ("p", "Ik maak vijf documenten deels openbaar en één document geheel openbaar. In de documenten zijn namen, "
              "telefoonnummers en e-mailadressen van medewerkers weggelakt op grond van artikel 5.1, tweede lid, onder e "
              "{{Woo|ACRONYM}}. Uitzondering zijn de namen van minister {{Wiersma|OFFICE_HOLDER}} en staatssecretaris "
              "{{Rummenie|OFFICE_HOLDER}}, die in hun functie naar buiten treden."),
        ("p", "Met vriendelijke groet,\nDe minister van {{Landbouw, Visserij, Voedselzekerheid en Natuur|ORG}},\n"
              "namens deze,\nhet hoofd {{Woo-team|ORG}},\n\n[[drs. Ilse Kühnen|PERSON]]"),
        ("pb",),
        ("h2", "Bijlage 1 - inventarislijst"),
        ("table", inv, [0.8, 2.0, 4.8, 4.4, 2.4, 2.2], {"size": 8}),
        ("h2", "Bijlage 2 - document 3 (schermafdruk chatbericht)"),
        ("p", "Het chatbericht is als schermafdruk aan het dossier toegevoegd door de behandelaar. Het bericht gaat over "
              "de planning van de {{AERIUS|PRODUCT}}-berekening."),
        img(chat),
    ]
    reportlab_pdf(blocks, out, footer="{{WOO-2024-11873|CASE_NUMBER}}")
    return {"outline": [(h("outline", "Besluit aan [[B. Hoogland|PERSON]]"), 0), ("Bijlage 1 - inventarislijst", 1)]}


# ------------------------------------------------------------------------------------------------
def ac09(out):
    """Project plan (LibreOffice) with a RACI matrix and a planning chart as pictures."""
    raci = table_pic("RACI {{Programma Digitale Overheid Zuid|PROGRAM}}",
                     ["Activiteit", "[[Ahmadzai|PERSON]]", "[[Van 't Hek|PERSON]]", "[[Chrétien|PERSON]]", "[[Soares|PERSON]]"],
                     [["Architectuur {{GGI|ACRONYM}}", "A", "R", "C", "I"],
                      ["Aansluiting {{DigiD|PRODUCT}}", "I", "A", "R", "C"],
                      ["Migratie naar {{Azure|PRODUCT}}", "C", "I", "A", "R"],
                      ["{{DPIA|ACRONYM}} en {{BIO|ACRONYM}}-toets", "R", "C", "I", "A"]],
                     [6.0 * CM, 2.6 * CM, 2.6 * CM, 2.6 * CM, 2.6 * CM], size=11, head_bg=(84, 130, 53))
    g = Pic(16.5 * CM, 6.0 * CM, 200)
    g.text(6, 4, "Planning {{Programma Digitale Overheid Zuid|PROGRAM}} 2025", 12, "sansb")
    for i, (lab, s, e, who) in enumerate((("Fase 1 inventarisatie", 0, 3, "[[Zarghuna|PERSON]]"),
                                          ("Fase 2 {{DigiD|PRODUCT}} en {{eHerkenning|PRODUCT}}", 2, 6, "[[Bastiaan|PERSON]]"),
                                          ("Fase 3 migratie", 5, 10, "[[Émile|PERSON]]"), ("Fase 4 nazorg", 9, 12, "[[Marisa|PERSON]]"))):
        y = 34 + i * 30
        g.text(6, y + 3, lab, 10, "sans")
        g.rect(230 + s * 17, y, (e - s) * 17, 18, fill=(91, 155, 213))
        g.text(234 + e * 17, y + 3, who, 9.5, "sans")
    blocks = [
        ("h1", "Projectplan aansluiting {{Gemeentelijke Gemeenschappelijke Infrastructuur|PROGRAM}}"),
        ("table", [["Opdrachtgever", "gemeentesecretaris {{Eindhoven|PLACE}} (namens de {{Metropoolregio Eindhoven|ORG}})"],
                   ["Projectleider", "[[Zarghuna Ahmadzai|PERSON]], [[z.ahmadzai@eindhoven.nl|EMAIL]], [[06-5120 8873|PHONE]]"],
                   ["Versie", "0.9 (concept), 14 maart 2025"]], [3.5, 13.0], {"head": False}),
        ("h2", "1. Doel"),
        ("p", "De gemeenten in de {{Metropoolregio Eindhoven|ORG}} sluiten in 2025 aan op de {{Gemeentelijke Gemeenschappelijke "
              "Infrastructuur|PROGRAM}} ({{GGI|ACRONYM}}) van de {{VNG|ACRONYM}}. Het project levert een gezamenlijke "
              "{{SIEM|TERM}}-dienst, {{Single Sign-On|TERM}} en een {{Security Operations Center|TERM}} ({{SOC|ACRONYM}})."),
        ("h2", "2. Rollen"),
        ("p", "De rollen staan in de {{RACI|TERM}}-tabel (afbeelding uit de projectsheet). Eindverantwoordelijk bestuurder is "
              "burgemeester {{Jeroen Dijsselbloem|OFFICE_HOLDER}}; de portefeuillehouder in de regio is wethouder "
              "{{Monique List-de Koning|OFFICE_HOLDER}}."),
        img(raci),
        ("h2", "3. Planning"),
        img(g),
        ("p", "Risico's: beschikbaarheid van de leverancier ({{Centric|ORG}}), de {{NIS2|LAW}}-implementatie en de "
              "{{Cyberbeveiligingswet|LAW}}. Zie ook het advies van [[Bastiaan van 't Hek|PERSON]] (architect) van 3 maart."),
        ("h2", "4. Team"),
        ("p", "Projectleider [[Zarghuna Ahmadzai|PERSON]]; architect [[Bastiaan van 't Hek|PERSON]]; informatiebeveiliger "
              "[[Émile Chrétien|PERSON]] ({{CISO|ACRONYM}}-office); privacy: [[Marisa Soares|PERSON]] ({{FG|ACRONYM}}). "
              "Functionele mailbox: {{ggi-project@eindhoven.nl|MAILBOX}}."),
    ]
    docx_doc(blocks, out, header="Projectplan {{GGI|ACRONYM}} - concept", footer="Eigenaar: [[Z. Ahmadzai|PERSON]]")
    return {"info": {"Author": h("metadata", "[[Zarghuna Ahmadzai|PERSON]]"), "Title": "Projectplan GGI"}}


# ------------------------------------------------------------------------------------------------
def ac10(out):
    """Council information letter with a map (public place names) and a portal screenshot (Chromium)."""
    m = Pic(12 * CM, 8 * CM, 200, bg=(232, 240, 226))
    m.rect(0, 150, 12 * CM, 22, fill=(160, 200, 235))
    m.text(240, 153, "{{Eem|PLACE}}", 10, "sans", fill=(20, 60, 120))
    m.line([(20, 40), (320, 120)], fill=(120, 120, 120), width=4)
    m.text(10, 10, "Kaart: geluidsmeldingen {{A28|TERM}}", 12, "sansb")
    for x, y, nm in ((40, 60, "Hoogland"), (200, 70, "{{Amersfoort|PLACE}}"), (60, 190, "{{Leusden|PLACE}}"),
                     (230, 195, "{{Vathorst|PLACE}}")):
        m.ellipse(x, y, 8, 8, fill=(200, 30, 30))
        m.text(x + 12, y - 4, nm, 10.5, "sans")
    portal = Pic(15 * CM, 7.4 * CM, 200, bg=(255, 255, 255))
    portal.rect(0, 0, 15 * CM, 0.9 * CM, fill=(0, 120, 80))
    portal.text(8, 5, "{{Fixi|PRODUCT}} - melding {{MLD-2025-03318|CASE_NUMBER}}", 11, "sansb", fill="white")
    y = 34
    for k, v in (("Melder", "[[Nathalie Chan-Ajong|PERSON]]"), ("E-mail", "[[nathalie.chan@kpnmail.nl|EMAIL]]"),
                 ("Telefoon", "[[06-2705 6634|PHONE]]"), ("Adres", "[[Zonnewijzer 31|ADDRESS]], {{Amersfoort|PLACE}}"),
                 ("Categorie", "Geluidsoverlast wegverkeer"),
                 ("Omschrijving", "Sinds de nieuwe asfaltlaag hoor ik de {{A28|TERM}} 's nachts"),
                 ("", "tot in de slaapkamer. Mijn buurman [[Ruben Lakeman|PERSON]] ook.")):
        portal.text(10, y, k, 10, "sansb", fill=(70, 70, 70))
        portal.text(100, y, v, 10, "sans")
        y += 19
    blocks = [
        ("h1", "Raadsinformatiebrief 2025-041"),
        ("table", [["Onderwerp", "Geluidsoverlast {{A28|TERM}} na groot onderhoud"],
                   ["Portefeuillehouder", "wethouder {{Tyas Kamp|OFFICE_HOLDER}}"],
                   ["Datum", "25 maart 2025"],
                   ["Contactpersoon", "[[Ivo Rademaker|PERSON]], {{team Leefomgeving|ORG}}, [[i.rademaker@amersfoort.nl|EMAIL]]"]],
         [4.0, 12.0], {"head": False}),
        ("h2", "Aanleiding"),
        ("p", "Sinds {{Rijkswaterstaat|ORG}} in november 2024 de {{A28|TERM}} tussen knooppunt {{Hoevelaken|PLACE}} en "
              "{{Leusden|PLACE}} van een nieuwe deklaag heeft voorzien, ontving de gemeente 143 meldingen over geluid. "
              "Het raadslid {{Van Eijden|OFFICE_HOLDER}} ({{GroenLinks|PARTY}}) stelde hierover op 4 maart vragen."),
        img(m),
        ("h2", "Wat wij doen"),
        ("p", "Wij hebben {{Rijkswaterstaat|ORG}} gevraagd de geluidsproductieplafonds uit de {{Omgevingswet|LAW}} te "
              "controleren. Een voorbeeld van een melding in ons meldingensysteem staat hieronder; de melder gaf "
              "toestemming om haar melding als voorbeeld te gebruiken, maar haar gegevens worden niet gepubliceerd."),
        img(portal),
        ("p", "Wij informeren u in juni over de uitkomst. Burgemeester {{Lucas Bolsius|OFFICE_HOLDER}} heeft het onderwerp "
              "ook geagendeerd in het overleg met de {{Regio Amersfoort|ORG}}."),
    ]
    chromium_doc(blocks, out)


# ------------------------------------------------------------------------------------------------
def ac11(out):
    """Report of a working visit (fpdf2) with a picture of the programme screen naming company staff."""
    sc = Pic(16 * CM, 8.4 * CM, 200, bg=(22, 45, 80))
    sc.text(14, 12, "Welkom staatssecretaris {{Nobel|OFFICE_HOLDER}}!", 16, "sansb", fill=(255, 255, 255))
    sc.text(14, 40, "{{Werkbezoek|TERM}} {{Techniekhuis Twente|ORG}} - 17 januari 2025", 11.5, "sans", fill=(220, 230, 255))
    sc.rect(10, 66, 16 * CM - 20, 160, fill=(240, 244, 250))
    y = 74
    for tm, what, who in (("10.00", "Ontvangst en koffie", "[[Annelies Brinkman-Oude Egberink|PERSON]]"),
                          ("10.15", "Rondleiding werkplaats", "[[Gökhan Arslan|PERSON]] en [[Niels Wissink|PERSON]]"),
                          ("11.00", "Gesprek met leerwerkers", "[[Rosa Ferreira Lopes|PERSON]], [[Bram ter Haar|PERSON]]"),
                          ("11.45", "Pers en afsluiting", "{{UWV|ACRONYM}} en gemeente {{Enschede|PLACE}}")):
        sc.text(18, y, tm, 11, "sansb", fill=(22, 45, 80))
        sc.text(70, y, what, 11, "sans", fill=(22, 45, 80))
        sc.text(250, y, who, 10, "sans", fill=(22, 45, 80))
        y += 36
    blocks = [
        ("h1", "Verslag werkbezoek staatssecretaris {{Jurgen Nobel|OFFICE_HOLDER}} aan {{Enschede|PLACE}}"),
        ("p", "Ministerie van {{Sociale Zaken en Werkgelegenheid|ORG}}, directie {{Participatie en Decentrale Voorzieningen|ORG}}. "
              "Verslag: [[Marloes Wissink-Pot|PERSON]] ([[MWP|PARAPH]])."),
        ("p", "Staatssecretaris {{Nobel|OFFICE_HOLDER}} bezocht op 17 januari het {{Techniekhuis Twente|ORG}}, een "
              "leerwerkbedrijf voor mensen met een uitkering op grond van de {{Participatiewet|LAW}}. Burgemeester "
              "{{Roelof Bleker|OFFICE_HOLDER}} en wethouder {{Jurgen van Houdt|OFFICE_HOLDER}} waren aanwezig. Op het scherm in de "
              "ontvangstruimte stond het programma (foto hieronder)."),
        img(sc),
        ("h2", "Gesprekspunten"),
        ("p", "- Leerwerkers vertelden over de overgang naar een baan; een van hen ([[Bram|PERSON]], 24) is na acht maanden "
              "in dienst gekomen bij een installatiebedrijf in {{Hengelo|PLACE}}.\n"
              "- De bedrijfsleider, mevrouw [[Brinkman-Oude Egberink|PERSON]], vroeg om langere loonkostensubsidie.\n"
              "- {{UWV|ACRONYM}} en gemeente noemden het {{Regionaal Werkbedrijf Twente|ORG}} als voorbeeld.\n"
              "- De staatssecretaris verwees naar het wetsvoorstel {{Participatiewet in balans|LAW}}."),
        ("p", "Follow-up: de directie stuurt het bedrijf een reactie over de loonkostensubsidie. Contact: "
              "[[m.wissink-pot@minszw.nl|EMAIL]], [[06-1182 6049|PHONE]]; algemene vragen via {{0800-8051|SWITCHBOARD}}."),
    ]
    fpdf_doc(blocks, out, footer="{{SZW|ACRONYM}} - verslag werkbezoek")
