"""Set BF, part D: beslisnota, web form, GLB printout, mestboekhouding, inventory, pgb mail, fodt minutes."""
from lib import A4, mm, Paragraph, Spacer, PageBreak, colors, styles, tbl, kv, rl, lines, pagenum, hide, R, K, \
    bsn, iban, docx_new, docx_pdf, chromium, soffice, WORK, landscape

DOCS = []


def doc(name):
    def deco(fn):
        DOCS.append((name, fn))
        return fn
    return deco


# ---------------------------------------------------------------------------------------------
@doc("bf23_beslisnota_lvvn_aerius_drempel")
def bf23(out):
    S = styles("DV", 9.5)

    def first(c, d):
        c.setFillColor(colors.HexColor("#154273"))
        c.rect(100 * mm, A4[1] - 28 * mm, 8 * mm, 28 * mm, fill=1, stroke=0)
        c.setFillColor(colors.black)
        c.setFont("DV", 8.5)
        c.drawString(110 * mm, A4[1] - 14 * mm, "Ministerie van Landbouw, Visserij,")
        c.drawString(110 * mm, A4[1] - 18 * mm, "Voedselzekerheid en Natuur")
        lines(c, 150 * mm, A4[1] - 45 * mm, [
            "**Directoraat-generaal", "Natuur, Visserij en", "Landelijk Gebied", "Directie Stikstof", "",
            "Bezuidenhoutseweg 73", "2594 AC Den Haag", "", "**Contactpersoon", "Eline Vrolijk-", "Abdoelrahman",
            "T 070 378 52 17", "M 06 1093 7724", "", "**Kenmerk", "DGNVLG / 95811204", "", "**Datum",
            "12 maart 2025"], "DV", 7.2)
        pagenum(c, d)

    story = [
        Paragraph("nota", S["h1"]),
        kv([("Aan", "de minister van LVVN"), ("Van", "directeur Stikstof"),
            ("Onderwerp", "Rekenkundige ondergrens AERIUS Calculator - beslispunten na uitspraak Raad van State"),
            ("Kopie aan", "SG, DGNVLG, DJZ, Directie Communicatie")], [25 * mm, 95 * mm]),
        Spacer(1, 6),
        Paragraph("Aanleiding", S["h2"]),
        Paragraph("Op 18 december 2024 heeft de Afdeling bestuursrechtspraak van de Raad van State (ECLI:NL:RVS:"
                  "2024:4923) geoordeeld dat intern salderen vergunningplichtig is. De Kamerleden Caroline van der "
                  "Plas (BBB) en Christine Teunissen (PvdD) hebben hierover schriftelijke vragen gesteld "
                  "(2025Z01377). U heeft op 3 maart met de gedeputeerden van Gelderland en Noord-Brabant gesproken.",
                  S["p"]),
        Paragraph("Geadviseerd besluit", S["h2"]),
        Paragraph("Aan de minister wordt gevraagd: (1) in te stemmen met een juridisch onderzoek naar een rekenkundige "
                  "ondergrens; (2) de bijgevoegde Kamerbrief te ondertekenen.", S["p"]),
        Paragraph("Kern", S["h2"]),
        Paragraph("RVO en de provincies (via IPO) verwachten dat circa 3.000 PAS-melders en interimmers de komende "
                  "jaren een vergunning nodig hebben. Uit de gesprekken met LTO Nederland blijkt grote "
                  "onrust. Een melkveehouder uit Barneveld, de heer Evert-Jan van Lagen, heeft "
                  "de minister persoonlijk gemaild (bijlage 3) en dreigt met een hongerstaking.", S["p"]),
        Paragraph("Krachtenveld", S["h2"]),
        Paragraph("Juridisch adviseur mr. K. (Koen) Terpstra (DJZ) waarschuwt dat een ondergrens zonder passende "
                  "beoordeling bij de rechter geen stand houdt. Het Adviescollege Meten en Berekenen Stikstof "
                  "(commissie-Hordijk) heeft in 2020 vergelijkbare kanttekeningen gemaakt.", S["p"]),
        PageBreak(),
        Paragraph("Paraaf- en routeringstabel", S["h2"]),
        tbl([["Naam", "Functie", "Paraaf", "Datum"],
             ["E. Vrolijk-<br/>Abdoelrahman", "beleidsmedewerker", "EVA", "10-03"],
             ["drs. M.C. Oosthoek", "MT-lid Directie Stikstof", "MCO", "11-03"],
             ["J.H. VAN<br/>DER STEEG", "directeur Stikstof", "JvdS", "11-03"],
             ["mr. K. Terpstra", "DJZ", "KT", "11-03"]], [45 * mm, 55 * mm, 25 * mm, 25 * mm], S),
        Spacer(1, 8),
        Paragraph("Bijlagen", S["h2"]),
        Paragraph("1. Concept-Kamerbrief<br/>2. Juridische analyse DJZ<br/>3. E-mail E.J. van Lagen d.d. 4 maart "
                  "2025 (e.j.vanlagen@hetnet.nl)", S["p"]),
        Paragraph("Informatie die niet openbaar gemaakt kan worden", S["h2"]),
        Paragraph("Motivering", S["p"]),
        Paragraph("[in te vullen bij openbaarmaking]", S["p"]),
    ]
    rl(out, story, first=first, later=lambda c, d: pagenum(c, d, "DGNVLG / 95811204 | "),
       frame_first=(25, 25, 118, 225))
    hide(out, author="Vrolijk-Abdoelrahman, E.", title="Nota rekenkundige ondergrens", xmp_creator="E. Vrolijk",
         outline=[("Aanleiding", 0), ("Kern (mail E.J. van Lagen)", 0), ("Paraaf Van der Steeg", 1)],
         notes=[(0, 480, 400, "Eline: hongerstaking eruit laten? Koen vindt van wel. MCO", "Oosthoek, Marijke")])
    return [
        R("PERSON", "Eline Vrolijk-Abdoelrahman", "Eline", "Vrolijk", "Abdoelrahman", "EVA"),
        R("PHONE", "070 378 52 17", "070 378 52 17"), R("PHONE", "06 1093 7724", "06 1093 7724"),
        R("PERSON", "Evert-Jan van Lagen", "Evert-Jan", "Lagen", "e.j.vanlagen@hetnet.nl"),
        R("PERSON", "Koen Terpstra", "Koen", "Terpstra", "KT"),
        R("PERSON", "Marijke Oosthoek", "Oosthoek", "Marijke", "MCO"),
        R("PERSON", "J.H. van der Steeg", "VAN DER STEEG", "Van der Steeg", "JvdS"),
        K("ORG", "Ministerie van Landbouw, Visserij,"), K("CASE", "DGNVLG / 95811204"),
        K("ADDRESS", "Bezuidenhoutseweg 73"), K("CASE", "ECLI:NL:RVS:2024:4923"),
        K("OFFICIAL", "Kamerlid Caroline van der Plas", "Caroline van der Plas"),
        K("OFFICIAL", "Kamerlid Christine Teunissen", "Christine Teunissen"), K("CASE", "2025Z01377"),
        K("ORG", "Raad van State"), K("ORG", "RVO"), K("ORG", "IPO"), K("ORG", "LTO Nederland"),
        K("ORG", "Adviescollege Meten en Berekenen Stikstof"), K("ORG", "commissie-Hordijk"),
        K("TITLE", "directeur Stikstof"), K("TITLE", "beleidsmedewerker"), K("ORG", "DJZ"),
        K("PRODUCT", "AERIUS Calculator"), K("DATE", "12 maart 2025"), K("PLACE", "Barneveld"),
    ]


# ---------------------------------------------------------------------------------------------
@doc("bf24_webformulier_melding_milieuklacht")
def bf24(out):
    S = styles("DV", 10)
    story = [
        Paragraph("Melding milieuklacht - Omgevingsdienst Noordzeekanaalgebied", S["h1"]),
        Paragraph("Ingediend via odnzkg.nl/klacht op 7 juli 2025 om 22:41. Meldingsnummer: K-2025-031877. "
                  "De gegevens van de melder zijn ingevuld in de formuliervelden hieronder.", S["p"]),
        Spacer(1, 4),
        kv([("Naam melder", ""), ("Adres melder", ""), ("Telefoon", ""), ("E-mail", ""),
            ("Locatie overlast", "Hoogovens / Tata Steel IJmuiden, Wenckebachstraat 1, Velsen-Noord"),
            ("Soort overlast", "stof (grafietregen) en geur"),
            ("Omschrijving", "Zwarte stofdeeltjes op tuinmeubels en auto, sinds 18.00 uur. Mijn dochter (astma) "
                             "kan niet naar buiten."), ("Eerder gemeld", "ja, 3 keer in 2025")],
           [40 * mm, 125 * mm], size=10),
        Spacer(1, 10),
        Paragraph("Afhandeling", S["h2"]),
        Paragraph("Piketmedewerker ODNZKG heeft op 7 juli om 23:10 teruggebeld en een stofmonster laten nemen. "
                  "Tata Steel Nederland is geïnformeerd via de calamiteitenlijn. Het RIVM ontvangt het monster voor "
                  "analyse. Klachtenlijn ODNZKG: 088 567 01 00 (24/7), klachten@odnzkg.nl.", S["p"]),
        Paragraph("Behandelaar: team Industrie, afdeling Toezicht en Handhaving.", S["p"]),
    ]
    rl(out, story, first=lambda c, d: pagenum(c, d, "K-2025-031877 | "))
    # form fields at the four empty value cells (approximate positions of the label rows)
    W = A4[1]
    fields = [(0, "naam_melder", "Yvonne Klaassen-Mulder", [200, 0, 460, 0]),
              (0, "adres_melder", "Reyndersweg 118, 1951 KD Velsen-Noord", [200, 0, 460, 0]),
              (0, "telefoon", "06 2870 3319", [200, 0, 460, 0]),
              (0, "email", "yvonne.klaassen77@gmail.com", [200, 0, 460, 0])]
    import pdfplumber
    with pdfplumber.open(str(out)) as p:
        words = p.pages[0].extract_words()
    ys = {}
    for w in words:
        for lab in ("Naam", "Adres", "Telefoon", "E-mail"):
            if w["text"] == lab and lab not in ys:
                ys[lab] = W - w["bottom"]
    fl = []
    for (pg, nm, val, rect), lab in zip(fields, ("Naam", "Adres", "Telefoon", "E-mail")):
        y = ys.get(lab, 500)
        fl.append((pg, nm, val, [185, y - 2, 520, y + 11]))
    hide(out, author="ODNZKG webformulier", title="Melding K-2025-031877", fields=fl)
    return [
        R("PERSON", "Yvonne Klaassen-Mulder", "Yvonne", "Klaassen-Mulder"),
        R("ADDRESS", "Reyndersweg 118, 1951 KD", "Reyndersweg 118", "1951 KD"),
        R("PHONE", "06 2870 3319", "06 2870 3319"),
        R("EMAIL", "yvonne.klaassen77@gmail.com", "yvonne.klaassen77@gmail.com"),
        R("HEALTH", "dochter (astma)", "astma"),
        K("ORG", "Omgevingsdienst Noordzeekanaalgebied"), K("ORG", "ODNZKG"), K("CASE", "K-2025-031877"),
        K("ORG", "Tata Steel IJmuiden"), K("ADDRESS", "Wenckebachstraat 1"), K("ORG", "Tata Steel Nederland"),
        K("ORG", "RIVM"), K("PHONE", "088 567 01 00"), K("EMAIL", "klachten@odnzkg.nl"), K("URL", "odnzkg.nl/klacht"),
        K("DATE", "7 juli 2025"),
    ]


# ---------------------------------------------------------------------------------------------
@doc("bf25_mijn_rvo_glb_betalingen_html")
def bf25(out):
    IB = iban(2501, "RABO")
    rows = [("14-12-2024", "GLB Basisinkomensteunpremie 2024", "€ 9.812,44"),
            ("14-12-2024", "Eco-regeling 2024 (goud)", "€ 4.377,00"),
            ("21-03-2025", "Jonge landbouwers 2024", "€ 2.840,16"),
            ("21-03-2025", "Verrekening Meststoffenwet (boete)", "- € 1.250,00")]
    tr = "".join(f"<tr><td>{a}</td><td>{b}</td><td style='text-align:right'>{c}</td></tr>" for a, b, c in rows)
    html = f"""<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Mijn RVO - Betalingen</title>
<style>body{{font-family:'DejaVu Sans',sans-serif;font-size:10pt;margin:14mm}}
.top{{background:#01689b;color:#fff;padding:8px 12px;font-weight:bold;font-size:13pt}}
.who{{float:right;font-size:9pt;font-weight:normal}} table{{border-collapse:collapse;width:100%}}
td,th{{border-bottom:1px solid #ccc;padding:5px}} th{{text-align:left;background:#eef4f8}}
.box{{border:1px solid #bbb;padding:8px;margin:10px 0}} .f{{font-size:8pt;color:#666}}</style></head><body>
<div class="top">Mijn RVO <span class="who">Ingelogd: Gerlof Sybrandy (eHerkenning)<br>Melkgeitenbedrijf Sybrandy &amp; Zn.</span></div>
<h2>Betalingsoverzicht</h2>
<div class="box">Relatienummer: 2101055873<br>KvK-nummer: 01092278 (vennootschap onder firma)<br>
Bedrijfsadres: Hegedyk 6, 9021 CW Jellum<br>Uitbetaald op rekening: {IB} t.n.v. G. Sybrandy</div>
<table><tr><th>Datum</th><th>Regeling</th><th>Bedrag</th></tr>{tr}</table>
<p>De betalingen zijn gedaan op grond van de Verordening (EU) 2021/2115 (GLB-strategisch plan) en de
Uitvoeringsregeling rechtstreekse betalingen GLB. Gegevens over GLB-betalingen aan rechtspersonen publiceert
RVO op www.rvo.nl/glb-betalingen; betalingen aan natuurlijke personen worden alleen gepubliceerd als het
bedrag hoger is dan € 1.250.</p>
<p>Percelen in de gecombineerde opgave 2024: LWD01-H-1183 (4,21 ha), LWD01-H-1190 (2,87 ha).</p>
<p class="f">Afgedrukt 2 april 2025 14:03. Vragen? Bel 088 042 42 42. Rijksdienst voor Ondernemend Nederland,
Prinses Beatrixlaan 2, Den Haag.</p></body></html>"""
    chromium(html, out)
    hide(out, author="", title="Mijn RVO - Betalingen")
    return [
        R("PERSON", "Gerlof Sybrandy", "Gerlof", "Sybrandy"),
        R("ID", "relatienummer 2101055873", "2101055873"), R("ID", "KvK 01092278 (vof)", "01092278"),
        R("ADDRESS", "Hegedyk 6, 9021 CW Jellum", "Hegedyk 6", "9021 CW"),
        R("IBAN", IB, IB), R("CADASTRAL", "LWD01-H-1183/1190", "LWD01-H-1183", "LWD01-H-1190"),
        K("PRODUCT", "Mijn RVO"), K("PROGRAM", "GLB Basisinkomensteunpremie 2024"), K("PROGRAM", "Eco-regeling 2024"),
        K("LAW", "Verordening (EU) 2021/2115"), K("LAW", "Uitvoeringsregeling rechtstreekse betalingen GLB"),
        K("AMOUNT", "€ 9.812,44"), K("AMOUNT", "€ 4.377,00"), K("AMOUNT", "€ 1.250"), K("PHONE", "088 042 42 42"),
        K("ADDRESS", "Prinses Beatrixlaan 2"), K("URL", "www.rvo.nl/glb-betalingen"), K("PRODUCT", "eHerkenning"),
        K("ORG", "Rijksdienst voor Ondernemend Nederland"), K("DATE", "2 april 2025"),
    ]


# ---------------------------------------------------------------------------------------------
@doc("bf26_rvo_mestboekhouding_boete_docx")
def bf26(out):
    d = docx_new()
    d.add_paragraph("Rijksdienst voor Ondernemend Nederland\nPostbus 40225, 8004 DE Zwolle\n\n"
                    "Akkerbouwbedrijf Oosterhuis-Wijnstra\nt.a.v. mevrouw T. Oosterhuis-Wijnstra\nBorgweg 12\n"
                    "9953 PB Baflo")
    t = d.add_table(rows=0, cols=2)
    for a, b in [("Datum", "30 juni 2025"), ("Relatienummer", "2100733054"), ("Ons kenmerk", "MBH-2025-119337"),
                 ("Onderwerp", "Voornemen boete mestboekhouding 2023")]:
        cs = t.add_row().cells
        cs[0].text = a
        cs[1].text = b
    d.add_paragraph("Geachte mevrouw Oosterhuis-Wijnstra,")
    d.add_paragraph("Bij een administratieve controle van uw mestboekhouding over 2023 door onze controleur, de heer "
                    "S. Wiersma, is gebleken dat u de gebruiksnorm voor stikstof uit dierlijke mest met 1.840 kg "
                    "heeft overschreden. Ook ontbraken de Vervoersbewijzen Dierlijke Meststoffen (VDM) van twee "
                    "aanvoeren van intermediair Mesthandel Noord B.V.")
    d.add_paragraph("Wij zijn van plan u een bestuurlijke boete op te leggen van € 11.040,00 op grond van artikel 57 "
                    "Meststoffenwet (€ 6 per kg overschrijding). U kunt binnen twee weken uw zienswijze geven. "
                    "Uw zoon, de heer R. Oosterhuis, gaf tijdens de controle aan dat u wegens een heupoperatie de "
                    "administratie in 2023 niet zelf heeft gedaan. Dat is geen reden om van een boete af te zien, "
                    "maar u kunt dit in uw zienswijze toelichten.")
    d.add_paragraph("Dit voornemen doen wij namens de minister van Landbouw, Visserij, Voedselzekerheid en Natuur, "
                    "mevrouw F.M. Wiersma.")
    d.add_paragraph("Met vriendelijke groet,\nRijksdienst voor Ondernemend Nederland\n\nA.B.C. Hoekstra-van Dijk\n"
                    "teamleider Handhaving Mest\n\nVragen? 088 042 42 42 of www.rvo.nl/mest")
    docx_pdf(d, out, author="Hoekstra-van Dijk, Anke", title="Voornemen boete MBH-2025-119337")
    return [
        R("TRADE", "Akkerbouwbedrijf Oosterhuis-Wijnstra", "Oosterhuis-Wijnstra", "Wijnstra"),
        R("ADDRESS", "Borgweg 12, 9953 PB Baflo", "Borgweg 12", "9953 PB"),
        R("ID", "relatienummer 2100733054", "2100733054"),
        R("PERSON", "S. Wiersma (controleur)", "S. Wiersma", "heer S. Wiersma"),
        R("PERSON", "R. Oosterhuis", "R. Oosterhuis"), R("HEALTH", "heupoperatie", "heupoperatie"),
        R("PERSON", "Anke Hoekstra-van Dijk", "Hoekstra-van Dijk", "Anke"),
        K("ORG", "Rijksdienst voor Ondernemend Nederland"), K("ADDRESS", "Postbus 40225"), K("CASE", "MBH-2025-119337"),
        K("OFFICIAL", "minister F.M. Wiersma", "F.M. Wiersma"), K("LAW", "artikel 57 Meststoffenwet"),
        K("ORG", "Mesthandel Noord B.V."), K("AMOUNT", "€ 11.040,00"), K("PHONE", "088 042 42 42"),
        K("URL", "www.rvo.nl/mest"), K("TITLE", "teamleider Handhaving Mest"), K("DATE", "30 juni 2025"),
        K("PROGRAM", "Vervoersbewijzen Dierlijke Meststoffen"),
    ]


# ---------------------------------------------------------------------------------------------
@doc("bf27_inventarislijst_woo_stikstof")
def bf27(out):
    S = styles("DC", 8.5)
    rows = [["Nr", "Documentnaam", "Datum", "Beoordeling", "Grond", "Opmerking"]]
    data = [
        ("1", "Controlerapport Melkveebedrijf Van Zwolle (2025-ODRA-04417)", "13-03-2025", "deels openbaar",
         "5.1.2e", "namen en adres exploitant"),
        ("2", "E-mail R. Kuipers aan T. Oudshoorn over telling jongvee", "12-03-2025", "deels openbaar", "5.1.2e", ""),
        ("3", "WhatsApp-export Handhaving buitengebied", "14-03-2025", "deels openbaar", "5.1.2e, 5.1.1d",
         "strafrechtelijk gegeven"),
        ("4", "Nota rekenkundige ondergrens (DGNVLG / 95811204)", "12-03-2025", "deels openbaar", "5.1.2e, 5.2.1", ""),
        ("5", "Mail E.J. van Lagen aan minister", "04-03-2025", "deels openbaar", "5.1.2e", "burger"),
        ("6", "Kamerbrief stand van zaken stikstof", "14-03-2025", "reeds openbaar", "-",
         "Kamerstukken 35334, nr. 318"),
        ("7", "Verslag BO Vitaal Platteland Salland", "14-05-2025", "deels openbaar", "5.1.2e, 5.1.1d", ""),
        ("8", "Presentatie AERIUS-analyse P. Ramdin (ODIJ)", "14-05-2025", "openbaar", "-", ""),
        ("9", "Zienswijze fam. Bakker-de Groot windpark", "10-02-2025", "deels openbaar", "5.1.2e", ""),
        ("10", "Memo juridisch advies DJZ (K. Terpstra)", "11-03-2025", "niet openbaar", "5.2.1",
         "persoonlijke beleidsopvattingen"),
    ]
    for r in data:
        rows.append(list(r))
    story = [Paragraph("Inventarislijst Woo-besluit WOO-2025-0117 - stikstof en handhaving buitengebied", S["h1"]),
             Paragraph("Bijlage 1 bij het besluit van 30 juli 2025, kenmerk DGNVLG/96012874", S["p"]),
             tbl(rows, [10 * mm, 95 * mm, 22 * mm, 28 * mm, 28 * mm, 60 * mm], S, font="DC", size=8.5)]
    rl(out, story, pagesize=landscape(A4), first=lambda c, d: None, margins=(18, 15, 15, 15))
    hide(out, author="Woo-team LVVN", title="Inventarislijst WOO-2025-0117")
    return [
        R("PERSON", "Van Zwolle", "Van Zwolle"), R("PERSON", "R. Kuipers", "Kuipers"),
        R("PERSON", "T. Oudshoorn", "Oudshoorn"), R("PERSON", "E.J. van Lagen", "Lagen"),
        R("PERSON", "P. Ramdin", "Ramdin"), R("PERSON", "Bakker-de Groot", "Bakker-de Groot"),
        R("PERSON", "K. Terpstra", "Terpstra"),
        K("CASE", "WOO-2025-0117"), K("CASE", "2025-ODRA-04417"), K("CASE", "DGNVLG / 95811204"),
        K("CASE", "DGNVLG/96012874"), K("GROUND", "5.1.2e"), K("GROUND", "5.2.1"), K("GROUND", "5.1.1d"),
        K("CASE", "Kamerstukken 35334, nr. 318"), K("DATE", "14-05-2025"), K("ORG", "ODIJ"), K("ORG", "DJZ"),
        K("TEXT", "deels openbaar"), K("TEXT", "niet openbaar"),
    ]


# ---------------------------------------------------------------------------------------------
@doc("bf28_svb_pgb_mailwisseling")
def bf28(out):
    S = styles("DV", 9.5)
    B = bsn(2801)
    story = [
        kv([("Van:", "Servicedesk PGB &lt;servicedeskpgb@svb.nl&gt;"), ("Verzonden:", "woensdag 9 april 2025 10:12"),
            ("Aan:", "'Loes Hendrikx' &lt;loes.hendrikx@ziggo.nl&gt;"),
            ("Onderwerp:", "RE: zorgovereenkomst niet goedgekeurd - budgethouder J. Hendrikx")],
           [24 * mm, 136 * mm]),
        Spacer(1, 6),
        Paragraph("Beste mevrouw Hendrikx,", S["p"]),
        Paragraph("De zorgovereenkomst voor uw zoon Jesse Hendrikx (BSN " + B + ") met zorgverlener Sanne "
                  "Bouwhuis (zzp, KvK 82711930) is nog niet goedgekeurd door het zorgkantoor Zilveren Kruis. Dit komt "
                  "doordat het zorgplan voor de Wlz-indicatie (autisme en epilepsie, zorgprofiel VG-06) nog niet is "
                  "ontvangen. Zodra het zorgkantoor akkoord geeft, betalen wij de declaraties over januari tot en "
                  "met maart 2025 uit.", S["p"]),
        Paragraph("Heeft u nog vragen? Bel de Servicedesk PGB op 030 264 82 00 (werkdagen 8.30-17.00 uur).", S["p"]),
        Paragraph("Met vriendelijke groet,<br/>Mohamed Aït Bensaïd<br/>Servicedesk PGB, Sociale Verzekeringsbank<br/>"
                  "Van Heuven Goedhartlaan 1, Amstelveen", S["p"]),
        Paragraph("<font color='#666666'>&gt; Van: Loes Hendrikx [mailto:loes.hendrikx@ziggo.nl]<br/>&gt; Verzonden: "
                  "maandag 7 april 2025 21:48<br/>&gt; Aan: Servicedesk PGB<br/>&gt; Onderwerp: zorgovereenkomst niet "
                  "goedgekeurd<br/>&gt;<br/>&gt; Geachte heer/mevrouw, waarom krijgt Sanne al drie maanden niet "
                  "betaald? Jesse heeft haar echt nodig, vorige week had hij weer een aanval. Mijn adres: Pastoor "
                  "Bruggemanstraat 8, 5932 AE Tegelen. Tel. 077 373 61 04.<br/>&gt; Loes Hendrikx (moeder en "
                  "wettelijk vertegenwoordiger)</font>", S["p"]),
    ]
    rl(out, story, first=lambda c, d: pagenum(c, d))
    hide(out, author="Ait Bensaid, M.", title="RE: zorgovereenkomst niet goedgekeurd - budgethouder J. Hendrikx")
    return [
        R("PERSON", "Loes Hendrikx", "Loes", "Hendrikx", "loes.hendrikx@ziggo.nl"),
        R("PERSON", "Jesse Hendrikx", "Jesse"), R("BSN", B, B),
        R("PERSON", "Sanne Bouwhuis", "Sanne", "Bouwhuis"), R("ID", "KvK 82711930 (zzp)", "82711930"),
        R("HEALTH", "autisme en epilepsie, VG-06", "autisme", "epilepsie", "VG-06"),
        R("PERSON", "Mohamed Aït Bensaïd", "Mohamed", "Aït Bensaïd", "Ait Bensaid"),
        R("ADDRESS", "Pastoor Bruggemanstraat 8, 5932 AE", "Pastoor Bruggemanstraat 8", "5932 AE"),
        R("PHONE", "077 373 61 04", "077 373 61 04"),
        K("EMAIL", "servicedeskpgb@svb.nl"), K("ORG", "Servicedesk PGB"), K("ORG", "Zilveren Kruis"),
        K("ORG", "Sociale Verzekeringsbank"), K("PHONE", "030 264 82 00"), K("ADDRESS", "Van Heuven Goedhartlaan 1"),
        K("LAW", "Wlz-indicatie"), K("DATE", "9 april 2025"),
    ]


# ---------------------------------------------------------------------------------------------
def _fodt(paras, table=None):
    """Minimal flat ODT: paras = list of (style, text); table = list of rows (first is header)."""
    from xml.sax.saxutils import escape as e
    body = []
    for st, t in paras:
        if st == "TABLE" and table:
            rows = "".join("<table:table-row>" + "".join(
                f"<table:table-cell office:value-type='string'><text:p>{e(c)}</text:p></table:table-cell>"
                for c in r) + "</table:table-row>" for r in table)
            body.append(f"<table:table table:name='T1'><table:table-column table:number-columns-repeated="
                        f"'{len(table[0])}'/>{rows}</table:table>")
        elif st == "H":
            body.append(f"<text:h text:outline-level='2'>{e(t)}</text:h>")
        else:
            body.append(f"<text:p>{e(t)}</text:p>")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><meta:initial-creator>Sjoerd Kingma</meta:initial-creator><dc:creator>Sjoerd Kingma</dc:creator>
<dc:title>Verslag stikstofoverleg Tytsjerksteradiel</dc:title></office:meta>
<office:styles><style:default-style style:family="paragraph"><style:text-properties style:font-name="DejaVu Sans"
 fo:font-size="10pt"/></style:default-style></office:styles>
<office:body><office:text>{''.join(body)}</office:text></office:body></office:document>"""


@doc("bf29_verslag_gemeente_stikstofoverleg_fodt")
def bf29(out):
    paras = [
        ("H", "Verslag keukentafeloverleg stikstof - gemeente Tytsjerksteradiel"),
        ("P", "Datum: 3 juni 2025, 19.30 uur, gemeentehuis Burgum (Raadhuisweg 1). Zaak: TDL/2025/4471."),
        ("P", "Aanwezig: wethouder Maaike de Boer (landbouw, voorzitter), Sjoerd Kingma (beleidsmedewerker, "
              "verslag), Hylke Postma (gebiedsmakelaar Provinsje Fryslân), de heer en mevrouw Van der Wal-Faber "
              "(melkveehouders, Skieppepaed 3, 9261 VC Eastermar), Rients Zandstra (adviseur FLTO)."),
        ("H", "1. Situatie"),
        ("P", "Het bedrijf van de familie Van der Wal-Faber ligt op 250 meter van het Natura 2000-gebied Alde Feanen. "
              "Zij overwegen deelname aan de Landelijke beëindigingsregeling veehouderijlocaties. Mevrouw Van der "
              "Wal vertelt dat haar man na een burn-out het werk niet meer aankan; hun zoon Tjeerd wil het bedrijf "
              "niet overnemen."),
        ("H", "2. Afspraken"),
        ("TABLE", ""),
        ("P", "De gedeputeerde van Fryslân, Douwe Hoogland, wordt geïnformeerd via het Gebiedsproces Noardlike "
              "Fryske Wâlden. Contact gemeente: info@t-diel.nl of 14 0511. Verslag: SK."),
    ]
    table = [["Actie", "Wie", "Wanneer"],
             ["Taxatie laten opstellen via Kadaster", "HP", "1 juli 2025"],
             ["Informatie Lbv naar familie sturen", "SK", "10 juni 2025"],
             ["Gesprek met FLTO over alternatieven (extensiveren)", "RZ", "juli 2025"]]
    WORK.mkdir(exist_ok=True)
    src = WORK / (out.stem + ".fodt")
    src.write_text(_fodt(paras, table), encoding="utf-8")
    soffice(src, out)
    return [
        R("PERSON", "Sjoerd Kingma", "Sjoerd", "Kingma", "SK"),
        R("PERSON", "Hylke Postma", "Hylke", "Postma", "HP"),
        R("PERSON", "Van der Wal-Faber", "Van der Wal-Faber", "Van der Wal", "Faber"),
        R("ADDRESS", "Skieppepaed 3, 9261 VC Eastermar", "Skieppepaed 3", "9261 VC"),
        R("PERSON", "Rients Zandstra", "Rients", "Zandstra", "RZ"),
        R("PERSON", "Tjeerd", "Tjeerd"), R("HEALTH", "burn-out", "burn-out"),
        K("OFFICIAL", "wethouder Maaike de Boer", "Maaike de Boer"),
        K("OFFICIAL", "gedeputeerde Douwe Hoogland", "Douwe Hoogland"), K("ORG", "gemeente Tytsjerksteradiel"),
        K("ADDRESS", "Raadhuisweg 1"), K("CASE", "TDL/2025/4471"), K("ORG", "Provinsje Fryslân"), K("ORG", "FLTO"),
        K("PLACE", "Alde Feanen"), K("ORG", "Kadaster"), K("EMAIL", "info@t-diel.nl"), K("PHONE", "14 0511"),
        K("PROGRAM", "Noardlike Fryske Wâlden"), K("TITLE", "gebiedsmakelaar"), K("DATE", "3 juni 2025"),
    ]
