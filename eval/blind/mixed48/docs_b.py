"""Set BF, part B: UWV, SVB, DUO, CAK, Toeslagen, bezwaarcommissie, ombudsman, rechtbank, mest/GLB."""
from lib import A4, mm, Paragraph, Spacer, PageBreak, colors, styles, tbl, kv, rl, lines, pagenum, hide, R, K, \
    bsn, iban, docx_new, docx_pdf, chromium

DOCS = []


def doc(name):
    def deco(fn):
        DOCS.append((name, fn))
        return fn
    return deco


# ---------------------------------------------------------------------------------------------
@doc("bf07_uwv_beslissing_op_bezwaar_ww")
def bf07(out):
    S = styles("DV", 9.5)
    B = bsn(701)

    def first(c, d):
        c.setFillColor(colors.HexColor("#0f4c8a"))
        c.setFont("DVB", 16)
        c.drawString(25 * mm, A4[1] - 20 * mm, "UWV")
        c.setFillColor(colors.black)
        lines(c, 148 * mm, A4[1] - 45 * mm, [
            "**Datum", "3 juni 2025", "", "**Ons kenmerk", "BZW/25/40718-WW", "", "**Burgerservicenummer", B, "",
            "**Behandeld door", "mr. drs. I.", "VAN DEN", "HEUVEL-OKAFOR", "", "**Telefoon", "088 898 20 01 (UWV Telefoon)",
            "", "**Bezoekadres", "Europaweg 22", "6525 AM Nijmegen"], "DV", 7.2)
        pagenum(c, d)

    story = [
        Paragraph("Mevrouw W.C.M. Zwinkels<br/>Hertogstraat 118-II<br/>6511 SE Nijmegen", S["p"]),
        Spacer(1, 18),
        Paragraph("<b>Beslissing op uw bezwaar tegen de weigering van een WW-uitkering</b>", S["p"]),
        Paragraph("Geachte mevrouw Zwinkels,", S["p"]),
        Paragraph("U heeft op 2 april 2025 bezwaar gemaakt tegen ons besluit van 24 februari 2025. Daarin weigerden wij "
                  "u een WW-uitkering omdat u verwijtbaar werkloos zou zijn geworden (artikel 24 Werkloosheidswet). "
                  "Op 13 mei 2025 hebben wij u gehoord. U werd bijgestaan door uw gemachtigde, mr. T.F. Aydın van "
                  "Aydın &amp; Roelofs Advocaten. Namens uw voormalige werkgever Zorggroep Rivierduinen was mevrouw "
                  "Geerlings (HR-adviseur) aanwezig.", S["p"]),
        Paragraph("<b>Wat wij hebben beslist</b>", S["p"]),
        Paragraph("Uw bezwaar is gegrond. U heeft tijdens de hoorzitting met stukken van uw huisarts aannemelijk gemaakt "
                  "dat u door een depressie en slaapproblemen niet in staat was het werk voort te zetten. Daarmee is er "
                  "geen sprake van verwijtbare werkloosheid. U krijgt met ingang van 1 februari 2025 een WW-uitkering. "
                  "Wij betalen de uitkering op uw rekening " + iban(701, "INGB") + ".", S["p"]),
        Paragraph("<b>Proceskosten</b>", S["p"]),
        Paragraph("Wij vergoeden de kosten van rechtsbijstand in bezwaar: € 1.814,00 (2 punten). Dit bedrag maken wij "
                  "over aan uw gemachtigde.", S["p"]),
        Paragraph("<b>Beroep</b>", S["p"]),
        Paragraph("Bent u het niet eens met deze beslissing? Dan kunt u binnen 6 weken beroep instellen bij de rechtbank "
                  "Gelderland. Meer informatie: uwv.nl/bezwaar of bel UWV Telefoon Werknemers 0900 92 94 (gewoon "
                  "beltarief).", S["p"]),
        Paragraph("Met vriendelijke groet,<br/>UWV, afdeling Bezwaar en Beroep<br/><br/>"
                  "mr. drs. I. van den Heuvel-Okafor<br/>senior juridisch medewerker", S["p"]),
    ]
    rl(out, story, first=first, later=lambda c, d: pagenum(c, d), frame_first=(25, 25, 115, 232))
    hide(out, author="Heuvel-Okafor, I. van den", title="BOB WW W. Zwinkels")
    IB = iban(701, "INGB")
    return [
        R("PERSON", "W.C.M. Zwinkels", "Zwinkels"),
        R("ADDRESS", "Hertogstraat 118-II, 6511 SE Nijmegen", "Hertogstraat 118-II", "6511 SE"),
        R("BSN", B, B), R("IBAN", IB, IB),
        R("PERSON", "I. van den Heuvel-Okafor", "HEUVEL-OKAFOR", "Heuvel-Okafor", "Okafor"),
        R("PERSON", "mr. T.F. Aydın", "Aydın"),
        R("TRADE", "Aydın & Roelofs Advocaten", "Aydın & Roelofs"),
        R("PERSON", "Geerlings", "Geerlings"),
        R("HEALTH", "depressie en slaapproblemen", "depressie"),
        K("ORG", "UWV"), K("CASE", "BZW/25/40718-WW"), K("PHONE", "088 898 20 01"), K("PHONE", "0900 92 94"),
        K("ADDRESS", "Europaweg 22"), K("LAW", "artikel 24 Werkloosheidswet"), K("ORG", "Zorggroep Rivierduinen"),
        K("ORG", "rechtbank Gelderland"), K("AMOUNT", "€ 1.814,00"),
        K("DATE", "3 juni 2025"), K("DATE", "13 mei 2025"), K("URL", "uwv.nl/bezwaar"),
        K("TITLE", "senior juridisch medewerker"), K("TITLE", "HR-adviseur"),
    ]


# ---------------------------------------------------------------------------------------------
@doc("bf08_svb_aow_partner_brief")
def bf08(out):
    B1, B2 = bsn(801), bsn(802)
    d = docx_new()
    d.add_paragraph("Sociale Verzekeringsbank\nKantoor Roermond\nPostbus 1200, 6040 KE Roermond")
    d.add_paragraph("De heer K.J. van der Meulen\nPastoor Vullinghsstraat 3\n5841 CE Oploo")
    t = d.add_table(rows=0, cols=2)
    for a, b in [("Datum", "28 maart 2025"), ("Klantnummer SVB", "AOW-4417-8820-13"), ("Uw BSN", B1),
                 ("Onderwerp", "Wijziging AOW-pensioen door samenwonen")]:
        r = t.add_row().cells
        r[0].text = a
        r[1].text = b
    d.add_paragraph("Geachte heer Van der Meulen,")
    d.add_paragraph("U bent op 1 januari 2025 gaan samenwonen met mevrouw Hanneke Roeters (geboren 12 augustus 1958, "
                    "BSN " + B2 + "). Vanaf die datum ontvangt u een AOW-pensioen voor samenwonenden. Uw bruto "
                    "AOW-pensioen wordt € 1.032,47 per maand (inclusief vakantiegeld € 1.101,86). Wij hebben dit "
                    "besloten op grond van artikel 9 en artikel 1 lid 4 van de Algemene Ouderdomswet.")
    d.add_paragraph("U heeft ons laten weten dat mevrouw Roeters mantelzorg van u ontvangt vanwege haar ziekte van "
                    "Parkinson. Mantelzorg verandert niets aan het samenwonen. Als u een zorgverklaring wilt indienen, "
                    "kunt u het formulier 'Zorgverklaring' gebruiken op svb.nl.")
    d.add_paragraph("Bent u het niet eens met dit besluit? Maak dan binnen 6 weken bezwaar via Mijn SVB. Heeft u vragen? "
                    "Bel ons op 0475 36 37 40 (SVB kantoor Roermond). Vermeld altijd uw klantnummer.")
    d.add_paragraph("Met vriendelijke groet,\n\nJ. Oudenampsen\nteamleider AOW, SVB Roermond")
    d.add_paragraph("Deze brief is ook verstuurd naar mevrouw H. Roeters, Dorpsstraat 41, 5841 AB Oploo.")
    docx_pdf(d, out, author="joudenampsen", title="AOW wijziging samenwonen")
    return [
        R("PERSON", "K.J. van der Meulen", "Meulen"),
        R("ADDRESS", "Pastoor Vullinghsstraat 3, 5841 CE", "Pastoor Vullinghsstraat 3", "5841 CE"),
        R("ID", "klantnummer AOW-4417-8820-13", "AOW-4417-8820-13"),
        R("BSN", B1, B1), R("BSN", B2, B2),
        R("PERSON", "Hanneke Roeters", "Hanneke", "Roeters"),
        R("DOB", "12 augustus 1958", "12 augustus 1958"),
        R("HEALTH", "ziekte van Parkinson", "Parkinson"),
        R("ADDRESS", "Dorpsstraat 41, 5841 AB", "Dorpsstraat 41", "5841 AB"),
        R("PERSON", "J. Oudenampsen", "Oudenampsen", "joudenampsen"),
        K("ORG", "Sociale Verzekeringsbank"), K("ORG", "SVB"), K("ADDRESS", "Postbus 1200"),
        K("LAW", "Algemene Ouderdomswet"), K("LAW", "artikel 9"), K("AMOUNT", "€ 1.032,47"), K("AMOUNT", "€ 1.101,86"),
        K("PHONE", "0475 36 37 40"), K("URL", "svb.nl"), K("DATE", "28 maart 2025"), K("TITLE", "teamleider AOW"),
    ]


# ---------------------------------------------------------------------------------------------
@doc("bf09_duo_terugvordering_html")
def bf09(out):
    B = bsn(901)
    IB = iban(901, "ABNA")
    html = f"""<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Mijn DUO - Bericht</title>
<style>body{{font-family:'DejaVu Sans',sans-serif;font-size:10.5pt;margin:18mm 20mm}}
.hdr{{display:flex;justify-content:space-between;border-bottom:3px solid #154273;padding-bottom:6px}}
.logo{{font-weight:bold;font-size:20pt;color:#154273}} table{{border-collapse:collapse;width:100%;margin:10px 0}}
td,th{{border:1px solid #999;padding:4px 6px;text-align:left;vertical-align:top}} .side{{font-size:8.5pt;color:#333}}
.small{{font-size:8pt;color:#555}}</style></head><body>
<div class="hdr"><div class="logo">DUO<br><span style="font-size:9pt">Dienst Uitvoering Onderwijs<br>Ministerie van Onderwijs, Cultuur en Wetenschap</span></div>
<div class="side">Mijn DUO &gt; Berichten &gt; Beschikking terugvordering<br>Ingelogd als: Youssef Benali-Haddou<br>Burgerservicenummer: {B}<br>
Datum bericht: 7 mei 2025<br>Kenmerk: 25-SF-0771934</div></div>
<h2>Beschikking: u moet studiefinanciering terugbetalen</h2>
<p>Beste Youssef Benali-Haddou,</p>
<p>Uit gegevens van de Basisregistratie Personen (BRP) blijkt dat u van 1 september 2023 tot 1 februari 2025 niet
woonde op het adres waarvoor u een uitwonendenbeurs ontving. U stond ingeschreven op de Spoorlaan 16 in Tilburg,
terwijl u volgens het huisbezoek van 14 januari 2025 woonde bij uw ouders aan de Ringbaan-West 207, 5037 PD Tilburg.
Daarom zetten wij de uitwonendenbeurs om naar een thuiswonendenbeurs (artikel 3.10 Wet studiefinanciering 2000).</p>
<table><tr><th>Periode</th><th>Ontvangen</th><th>Recht op</th><th>Terugvordering</th></tr>
<tr><td>sep 2023 - dec 2023</td><td>€ 1.322,40</td><td>€ 387,60</td><td>€ 934,80</td></tr>
<tr><td>jan 2024 - jan 2025</td><td>€ 4.449,50</td><td>€ 1.309,60</td><td>€ 3.139,90</td></tr>
<tr><td colspan="3"><b>Totaal</b></td><td><b>€ 4.074,70</b></td></tr></table>
<p>Daarnaast krijgt u een boete van € 425,00 omdat u de verhuizing niet op tijd heeft doorgegeven.
U kunt het bedrag in één keer betalen of een betalingsregeling aanvragen. Wij verrekenen eerst met de
studiefinanciering die nog op uw rekening {IB} wordt uitbetaald.</p>
<p>Het huisbezoek is uitgevoerd door de controleurs D. Mahabali en R. Spierings van het team Controle Uitwonendenbeurs.
Uw moeder, mevrouw F. Haddou, was bij het huisbezoek aanwezig.</p>
<p><b>Bezwaar</b><br>Binnen 6 weken via Mijn DUO of per post naar DUO, Postbus 50061, 9702 AB Groningen.
Vragen: 050 599 77 55 (werkdagen 9.00 - 17.00 uur).</p>
<p class="small">Dit bericht is afgedrukt vanuit Mijn DUO op 9 mei 2025 door medewerker Klantcontact (account
HBOS04). DUO, Kempkensberg 12, Groningen. Minister van OCW: E.E.W. Bruins.</p></body></html>"""
    chromium(html, out)
    hide(out, author="Youssef Benali-Haddou")
    return [
        R("PERSON", "Youssef Benali-Haddou", "Youssef", "Benali-Haddou", "Benali"),
        R("PERSON", "F. Haddou", "F. Haddou"),
        R("BSN", B, B), R("IBAN", IB, IB),
        R("ADDRESS", "Spoorlaan 16 Tilburg", "Spoorlaan 16"),
        R("ADDRESS", "Ringbaan-West 207, 5037 PD", "Ringbaan-West 207", "5037 PD"),
        R("PERSON", "D. Mahabali", "Mahabali"), R("PERSON", "R. Spierings", "Spierings"),
        R("ID", "account HBOS04", "HBOS04"),
        K("ORG", "DUO"), K("ORG", "Dienst Uitvoering Onderwijs"), K("CASE", "25-SF-0771934"),
        K("LAW", "Wet studiefinanciering 2000"), K("LAW", "artikel 3.10"), K("ORG", "Basisregistratie Personen"),
        K("AMOUNT", "€ 4.074,70"), K("AMOUNT", "€ 425,00"), K("ADDRESS", "Postbus 50061"),
        K("PHONE", "050 599 77 55"), K("ADDRESS", "Kempkensberg 12"), K("OFFICIAL", "E.E.W. Bruins"),
        K("DATE", "7 mei 2025"), K("ORG", "team Controle Uitwonendenbeurs"),
    ]


# ---------------------------------------------------------------------------------------------
@doc("bf10_cak_eigen_bijdrage_wlz")
def bf10(out):
    S = styles("DV", 9.5)
    B = bsn(1001)

    def first(c, d):
        c.setFont("DVB", 18)
        c.setFillColor(colors.HexColor("#c0392b"))
        c.drawString(25 * mm, A4[1] - 20 * mm, "CAK")
        c.setFillColor(colors.black)
        c.setFont("DV", 7.5)
        c.drawString(25 * mm, A4[1] - 25 * mm, "Postbus 84030 | 2508 AA Den Haag | 0800 0087 (gratis) | hetcak.nl")
        pagenum(c, d)

    story = [
        Spacer(1, 8),
        Paragraph("DE HEER E.M.J. STRUIJK<br/>P/A ZORGCENTRUM DE WELLE<br/>KAMER 2.14<br/>BOSCHSTRAAT 9<br/>"
                  "4811 GH BREDA", S["p"]),
        Spacer(1, 10),
        kv([("Datum", "16 januari 2025"), ("Klantnummer", "10294471"), ("BSN", B),
            ("Onderwerp", "Beschikking eigen bijdrage Wet langdurige zorg (Wlz) 2025")], [40 * mm, 110 * mm]),
        Spacer(1, 8),
        Paragraph("Geachte heer Struijk,", S["p"]),
        Paragraph("U verblijft sinds 4 november 2024 in een Wlz-instelling met het zorgprofiel VV-05 (beschermd wonen "
                  "met intensieve dementiezorg). Uw zorgkantoor (VGZ Zorgkantoor) heeft dit aan ons doorgegeven. "
                  "Voor deze zorg betaalt u een eigen bijdrage.", S["p"]),
        tbl([["Periode", "Eigen bijdrage per maand"], ["januari - december 2025", "€ 1.212,80 (hoge eigen bijdrage)"]],
            [70 * mm, 80 * mm], S),
        Spacer(1, 6),
        Paragraph("Wij hebben uw bijdrage berekend met het inkomen 2023 dat de Belastingdienst ons heeft doorgegeven "
                  "(artikel 3.3.3 Wet langdurige zorg en artikel 3.1 Besluit langdurige zorg). Uw dochter, mevrouw "
                  "C.A. Struijk-Maas, is als uw wettelijk vertegenwoordiger (mentor) bij ons geregistreerd en ontvangt "
                  "een kopie van deze brief op Valkenierslaan 22, 4835 BC Breda.", S["p"]),
        Paragraph("Bent u het niet eens met deze beschikking? Dan kunt u binnen zes weken bezwaar maken via "
                  "hetcak.nl/bezwaar.", S["p"]),
        Paragraph("Met vriendelijke groet,<br/>CAK<br/>drs. A. Wouters, directeur Klant en Uitvoering", S["p"]),
    ]
    rl(out, story, first=first, later=lambda c, d: pagenum(c, d))
    hide(out, author="CAK", title="Beschikking Wlz eigen bijdrage 10294471")
    return [
        R("PERSON", "E.M.J. Struijk", "STRUIJK", "Struijk"),
        R("ADDRESS", "kamer 2.14 Zorgcentrum De Welle", "KAMER 2.14"),
        R("ID", "klantnummer 10294471", "10294471"), R("BSN", B, B),
        R("HEALTH", "zorgprofiel VV-05 dementiezorg", "VV-05", "dementiezorg"),
        R("PERSON", "C.A. Struijk-Maas", "Maas"),
        R("ADDRESS", "Valkenierslaan 22, 4835 BC", "Valkenierslaan 22", "4835 BC"),
        K("ORG", "CAK"), K("ADDRESS", "Postbus 84030"), K("PHONE", "0800 0087"), K("URL", "hetcak.nl/bezwaar"),
        K("ORG", "VGZ Zorgkantoor"), K("ORG", "Belastingdienst"), K("LAW", "Wet langdurige zorg"),
        K("LAW", "Besluit langdurige zorg"), K("AMOUNT", "€ 1.212,80"), K("DATE", "16 januari 2025"),
        R("PERSON", "drs. A. Wouters", "Wouters"), K("TITLE", "directeur Klant en Uitvoering"),
    ]


# ---------------------------------------------------------------------------------------------
@doc("bf11_toeslagen_verslag_hoorzitting")
def bf11(out):
    S = styles("DS", 9.5)
    B = bsn(1101)
    B2 = bsn(1102)
    story = [
        Paragraph("Belastingdienst/Toeslagen", S["h2"]),
        Paragraph("Verslag hoorzitting bezwaar kinderopvangtoeslag 2023", S["h1"]),
        kv([("Datum hoorzitting", "22 april 2025, 10.00 - 10.55 uur (videobellen)"),
            ("Bezwaarnummer", "KOT-BZ-2025-118834"), ("Belanghebbende", "mevrouw S. (Samira) Bouzid"),
            ("BSN", B), ("Toeslagpartner", "de heer Dennis Mulder, BSN " + B2),
            ("Gemachtigde", "mevrouw J. van Oss (Sociaal Raadslieden Amersfoort)"),
            ("Hoorder", "mr. R.J.H. Brinkhuis"), ("Notulist", "N. Çelik"),
            ("Kinderopvang", "Kinderdagverblijf 't Uilenest, Amersfoort (LRK 184226351)")], [45 * mm, 120 * mm],
           font="DS"),
        Spacer(1, 6),
        Paragraph("1. Standpunt belanghebbende", S["h2"]),
        Paragraph("Mevrouw Bouzid stelt dat zij in 2023 wel degelijk 1.680 uur opvang heeft afgenomen voor haar "
                  "zoon Rayan (geboren 2020) en dochter Lina (geboren 2022). De facturen zijn te laat aangeleverd "
                  "omdat zij van maart tot juni 2023 was opgenomen in verband met een psychose. De heer Mulder "
                  "woonde in die periode tijdelijk bij zijn moeder aan de Leusderweg 302 in Amersfoort.", S["p"]),
        Paragraph("2. Standpunt Toeslagen", S["h2"]),
        Paragraph("De hoorder licht toe dat de toeslag op nihil is gesteld omdat de jaaropgave van de kinderopvang "
                  "niet overeenkwam met de betaalbewijzen (artikel 1.7 Wet kinderopvang, artikel 18 Algemene wet "
                  "inkomensafhankelijke regelingen). Mevrouw Van Oss legt nieuwe bankafschriften over van rekening "
                  + iban(1101, "SNSB") + ".", S["p"]),
        Paragraph("3. Afspraken", S["h2"]),
        Paragraph("- Belanghebbende levert binnen 2 weken de ontbrekende facturen aan via toeslagen.nl of per post "
                  "(Belastingdienst/Toeslagen, Postbus 8024, 6710 KL Ede).<br/>"
                  "- De hoorder vraagt bij 't Uilenest de urenregistratie op (actie RB).<br/>"
                  "- Beslissing op bezwaar uiterlijk 15 juli 2025. Staatssecretaris Palmen heeft in haar brief aan "
                  "de Tweede Kamer van 20 maart 2025 de beslistermijnen toegelicht.", S["p"]),
        Spacer(1, 6),
        Paragraph("Verslag vastgesteld: RB / NC, 23 april 2025. Het verslag is op 24 april 2025 aan de gemachtigde "
                  "gemaild (j.vanoss@srv-amersfoort.nl).", S["s"]),
        Paragraph("BelastingTelefoon Toeslagen: 0800 0543 (gratis).", S["s"]),
    ]
    rl(out, story, first=lambda c, d: pagenum(c, d, "KOT-BZ-2025-118834 | "))
    IB = iban(1101, "SNSB")
    hide(out, author="N. Celik", title="Verslag hoorzitting Bouzid KOT-BZ-2025-118834",
         outline=[("Hoorzitting S. Bouzid 22-04-2025", 0)])
    return [
        R("PERSON", "Samira Bouzid", "Samira", "Bouzid"),
        R("BSN", B, B), R("BSN", B2, B2),
        R("PERSON", "Dennis Mulder", "Dennis Mulder", "heer Mulder"),
        R("PERSON", "J. van Oss", "Oss", "j.vanoss@srv-amersfoort.nl"),
        R("PERSON", "R.J.H. Brinkhuis", "Brinkhuis", "RB"),
        R("PERSON", "N. Çelik", "Çelik", "Celik", "NC"),
        R("PERSON", "Rayan (kind)", "Rayan"), R("PERSON", "Lina (kind)", "Lina"),
        R("HEALTH", "psychose", "psychose"),
        R("ADDRESS", "Leusderweg 302", "Leusderweg 302"),
        R("IBAN", IB, IB),
        K("ORG", "Belastingdienst/Toeslagen"), K("CASE", "KOT-BZ-2025-118834"),
        K("ORG", "Sociaal Raadslieden Amersfoort"), K("ORG", "Kinderdagverblijf 't Uilenest"),
        K("ID", "LRK 184226351"), K("LAW", "Wet kinderopvang"),
        K("LAW", "Algemene wet inkomensafhankelijke regelingen"), K("URL", "toeslagen.nl"),
        K("ADDRESS", "Postbus 8024"), K("OFFICIAL", "Staatssecretaris Palmen", "Palmen"), K("ORG", "Tweede Kamer"),
        K("PHONE", "0800 0543"), K("DATE", "15 juli 2025"), K("DATE", "22 april 2025"),
    ]


# ---------------------------------------------------------------------------------------------
@doc("bf12_advies_bezwaarcommissie_vergunning")
def bf12(out):
    d = docx_new()
    d.add_heading("Advies Commissie bezwaarschriften gemeente Westerkwartier", level=1)
    d.add_paragraph("Zaaknummer: BZC 2025-031\nDatum advies: 10 juni 2025\nBetreft: bezwaar van de heer en mevrouw "
                    "Hofstede-Kuiper tegen de omgevingsvergunning voor een mestvergistingsinstallatie aan de "
                    "Lettelberterweg 61 te Leek (vergunninghouder: Bio-Energie Westerkwartier B.V.)")
    d.add_heading("1. Procesverloop", level=2)
    d.add_paragraph("Bij besluit van 13 januari 2025 heeft het college van burgemeester en wethouders van Westerkwartier "
                    "de vergunning verleend. Bezwaarmakers, wonend aan de Lettelberterweg 63, 9351 PR Leek, hebben "
                    "op 20 februari 2025 bezwaar gemaakt. De hoorzitting vond plaats op 19 mei 2025 in het gemeentehuis "
                    "in Zuidhorn. Aanwezig waren:")
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "Naam"
    t.rows[0].cells[1].text = "Hoedanigheid"
    for a, b in [("mr. C.H. (Carla) Dijkhuizen", "voorzitter commissie"), ("drs. Ewout Lanjouw", "lid commissie"),
                 ("Mirjam Hofstede-Kuiper", "bezwaarmaker"), ("Reinder Hofstede", "bezwaarmaker"),
                 ("ing. Petra Bosscher", "namens vergunninghouder (directeur Bio-Energie Westerkwartier B.V.)"),
                 ("B. Smit", "namens het college (vergunningverlener ODG)"), ("M. ZEVENBERGEN", "secretaris")]:
        cs = t.add_row().cells
        cs[0].text = a
        cs[1].text = b
    d.add_heading("2. Beoordeling", level=2)
    d.add_paragraph("Bezwaarmakers vrezen geurhinder en explosiegevaar. Mevrouw Hofstede-Kuiper heeft astma en wijst op "
                    "haar medische verklaring. De commissie stelt vast dat de afstand tot de woning 118 meter bedraagt "
                    "en dat volgens het externe-veiligheidsonderzoek (Omgevingsdienst Groningen, ODG) de "
                    "aandachtsgebieden uit het Besluit kwaliteit leefomgeving niet over de woning liggen. Het "
                    "geuronderzoek is uitgevoerd volgens de Handreiking geur bij mestvergisting.")
    d.add_heading("3. Advies", level=2)
    d.add_paragraph("De commissie adviseert het college het bezwaar ongegrond te verklaren, met aanvulling van voorschrift "
                    "4.3 (continue geurmonitoring). Wethouder Jelle Boersma (Omgevingswet) heeft het advies op 12 juni "
                    "2025 ontvangen.")
    d.add_paragraph("Namens de commissie,\nC.H. Dijkhuizen, voorzitter        M. Zevenbergen, secretaris\n"
                    "Secretariaat: bezwaarschriften@westerkwartier.nl, telefoon 14 0594")
    docx_pdf(d, out, author="Zevenbergen, Marloes", title="Advies BZC 2025-031 Hofstede-Kuiper")
    return [
        R("PERSON", "Mirjam Hofstede-Kuiper", "Hofstede-Kuiper", "Mirjam"),
        R("PERSON", "Reinder Hofstede", "Reinder", "Hofstede"),
        R("ADDRESS", "Lettelberterweg 63, 9351 PR", "Lettelberterweg 63", "9351 PR"),
        R("HEALTH", "astma", "astma"),
        R("PERSON", "Carla Dijkhuizen", "Dijkhuizen", "Carla"),
        R("PERSON", "Ewout Lanjouw", "Lanjouw", "Ewout"),
        R("PERSON", "Petra Bosscher", "Bosscher", "Petra"),
        R("PERSON", "B. Smit", "B. Smit"),
        R("PERSON", "Marloes Zevenbergen", "ZEVENBERGEN", "Zevenbergen", "Marloes"),
        K("ORG", "gemeente Westerkwartier"), K("CASE", "BZC 2025-031"), K("ORG", "Bio-Energie Westerkwartier B.V."),
        K("ADDRESS", "Lettelberterweg 61"), K("ORG", "Omgevingsdienst Groningen"), K("ORG", "ODG"),
        K("LAW", "Besluit kwaliteit leefomgeving"), K("PROGRAM", "Handreiking geur bij mestvergisting"),
        K("OFFICIAL", "Wethouder Jelle Boersma", "Jelle Boersma"), K("EMAIL", "bezwaarschriften@westerkwartier.nl"),
        K("PHONE", "14 0594"), K("DATE", "10 juni 2025"), K("PLACE", "Zuidhorn"),
        K("TITLE", "voorzitter commissie"),
    ]


# ---------------------------------------------------------------------------------------------
@doc("bf13_ombudsman_rapport_uwv")
def bf13(out):
    S = styles("DS", 10)
    story = [
        Paragraph("De Nationale ombudsman", S["h2"]),
        Paragraph("Rapport 2025/041 - Een klacht over UWV: 'Ik werd van het kastje naar de muur gestuurd'", S["h1"]),
        Paragraph("Datum: 26 juni 2025. Dossiernummer: 2024.11873.", S["p"]),
        Paragraph("Klacht", S["h2"]),
        Paragraph("Verzoeker, de heer Arjen Scholte-Veenstra (51) uit Drachten, klaagt erover dat UWV zijn aanvraag "
                  "voor een WIA-uitkering pas na veertien maanden heeft beoordeeld. De verzekeringsarts, drs. "
                  "L.K. Oyelaran, stelde hem op 9 september 2024 volledig en duurzaam arbeidsongeschikt vanwege "
                  "ALS. Zijn echtgenote, mevrouw Tineke Scholte-Veenstra, belde in die periode ruim twintig keer met "
                  "UWV Telefoon.", S["p"]),
        Paragraph("Bevindingen", S["h2"]),
        Paragraph("UWV erkent dat de beslistermijn van acht weken (artikel 65 Wet WIA) ruim is overschreden. Het "
                  "tekort aan verzekeringsartsen is volgens UWV de oorzaak. De minister van Sociale Zaken en "
                  "Werkgelegenheid, Y.J. van Hijum, heeft de Tweede Kamer hierover op 11 april 2025 geïnformeerd. "
                  "Kamerlid Ester Kroon heeft hier in het commissiedebat naar gevraagd.", S["p"]),
        Paragraph("De klachtbehandelaar van UWV, mevrouw P. Raghoebarsing, erkende in haar brief van 3 december 2024 "
                  "dat verzoeker ten onrechte drie keer is doorverbonden naar het WW-team.", S["p"]),
        PageBreak(),
        Paragraph("Oordeel", S["h2"]),
        Paragraph("De klacht is gegrond. UWV heeft gehandeld in strijd met het vereiste van voortvarendheid. "
                  "De Nationale ombudsman, Reinier van Zutphen, beveelt UWV aan verzoeker een schadevergoeding "
                  "van € 1.400 toe te kennen en proactief te bellen met burgers bij wie de beslistermijn met meer "
                  "dan drie maanden wordt overschreden.", S["p"]),
        Paragraph("Reactie van UWV", S["h2"]),
        Paragraph("De Raad van Bestuur van UWV (voorzitter Maarten Camps) neemt de aanbeveling over. "
                  "Contactpersoon voor de opvolging: mevrouw Raghoebarsing, 06-1822 0497, "
                  "p.raghoebarsing@uwv.nl.", S["p"]),
        Spacer(1, 8),
        Paragraph("De Nationale ombudsman, Bezuidenhoutseweg 151, 2594 AG Den Haag. Telefoon 0800 33 55 555 (gratis). "
                  "Onderzoeker: mr. G. Evertse-Lindqvist.", S["s"]),
    ]
    rl(out, story, first=lambda c, d: pagenum(c, d, "Rapport 2025/041 | "))
    hide(out, author="Evertse-Lindqvist, G.", title="Rapport 2025/041 UWV (verzoeker Scholte-Veenstra)")
    return [
        R("PERSON", "Arjen Scholte-Veenstra", "Arjen", "Scholte-Veenstra", "Veenstra"),
        R("PERSON", "Tineke Scholte-Veenstra", "Tineke"),
        R("HEALTH", "ALS", "ALS"),
        R("PERSON", "drs. L.K. Oyelaran", "Oyelaran"),
        R("PERSON", "P. Raghoebarsing", "Raghoebarsing"),
        R("PHONE", "06-1822 0497", "06-1822 0497"),
        R("PERSON", "G. Evertse-Lindqvist", "Evertse-Lindqvist", "Lindqvist"),
        K("ORG", "De Nationale ombudsman", "Nationale ombudsman"), K("CASE", "Rapport 2025/041", "2025/041"),
        K("CASE", "2024.11873"), K("ORG", "UWV"), K("LAW", "artikel 65 Wet WIA"),
        K("OFFICIAL", "minister Y.J. van Hijum", "Y.J. van Hijum"), K("OFFICIAL", "Kamerlid Ester Kroon", "Ester Kroon"),
        K("OFFICIAL", "Nationale ombudsman Reinier van Zutphen", "Reinier van Zutphen"),
        K("OFFICIAL", "UWV-voorzitter Maarten Camps", "Maarten Camps"), K("AMOUNT", "€ 1.400"),
        K("ADDRESS", "Bezuidenhoutseweg 151"), K("PHONE", "0800 33 55 555"), K("PLACE", "Drachten"),
        K("DATE", "26 juni 2025"), K("TITLE", "verzekeringsarts", "verzekeringsartsen"),
    ]


# ---------------------------------------------------------------------------------------------
@doc("bf14_uitspraak_rechtbank_handhaving")
def bf14(out):
    S = styles("DS", 10)
    story = [
        Paragraph("RECHTBANK OVERIJSSEL", S["h2"]),
        Paragraph("Zittingsplaats Zwolle<br/>Bestuursrecht<br/>zaaknummer: ZWO 24/3318", S["p"]),
        Paragraph("uitspraak van de enkelvoudige kamer van 8 mei 2025 in de zaak tussen", S["p"]),
        Paragraph("<b>[eiser]</b>, te [woonplaats], eiser<br/>(gemachtigde: mr. H.B. Kleine Staarman),<br/>en<br/>"
                  "<b>het college van burgemeester en wethouders van Hardenberg</b>, verweerder<br/>"
                  "(gemachtigde: mr. D. Zwolle).", S["p"]),
        Paragraph("Als derde-partij heeft aan het geding deelgenomen: <b>Maatschap Ter Horst-Lubbers</b>, te "
                  "Bergentheim (vergunninghouder).", S["p"]),
        Paragraph("Procesverloop", S["h2"]),
        Paragraph("Bij besluit van 2 februari 2024 heeft verweerder het verzoek van eiser om handhavend op te treden "
                  "tegen de pluimveehouderij aan de Ommerweg 4 te Bergentheim afgewezen. Eiser woont op 160 meter van "
                  "de stallen, aan de Ommerweg 2a. Ter zitting van 27 maart 2025 is eiser, Gerrit-Jan Nijland, "
                  "verschenen, bijgestaan door zijn gemachtigde. Verweerder liet zich vertegenwoordigen door mr. Zwolle "
                  "en ing. A. Oude Luttikhuis (Omgevingsdienst IJsselland). Namens de derde-partij verscheen "
                  "H. ter Horst.", S["p"]),
        Paragraph("Overwegingen", S["h2"]),
        Paragraph("1. De rechtbank stelt vast dat de geurbelasting volgens de V-Stacks-berekening 14,2 ouE/m3 bedraagt "
                  "en daarmee de norm uit het Omgevingsplan gemeente Hardenberg (8,0 ouE/m3) overschrijdt. "
                  "Verweerder heeft niet gemotiveerd waarom van handhaving kan worden afgezien (zie ECLI:NL:RVS:"
                  "2014:2670 over de beginselplicht tot handhaving).", S["p"]),
        Paragraph("2. Het beroep is gegrond. Verweerder neemt binnen zes weken een nieuw besluit. Verweerder vergoedt "
                  "het griffierecht van € 187 en de proceskosten van € 1.814.", S["p"]),
        Paragraph("Deze uitspraak is gedaan door mr. J.W. Stoové, rechter, in aanwezigheid van mr. S. Ouchan, "
                  "griffier. Uitgesproken in het openbaar op 8 mei 2025.", S["p"]),
    ]
    rl(out, story, first=lambda c, d: pagenum(c, d, "ZWO 24/3318 | "))
    hide(out, author="Rechtbank Overijssel", title="ZWO 24-3318 Nijland tegen college Hardenberg")
    return [
        R("PERSON", "Gerrit-Jan Nijland (eiser)", "Gerrit-Jan", "Nijland"),
        R("ADDRESS", "Ommerweg 2a", "Ommerweg 2a"),
        R("PERSON", "mr. H.B. Kleine Staarman", "Kleine Staarman"),
        R("PERSON", "mr. D. Zwolle", "mr. D. Zwolle", "mr. Zwolle"),
        R("PERSON", "A. Oude Luttikhuis", "Oude Luttikhuis"),
        R("TRADE", "Maatschap Ter Horst-Lubbers", "Ter Horst-Lubbers"),
        R("PERSON", "H. ter Horst", "H. ter Horst"),
        R("ADDRESS", "Ommerweg 4 (bedrijfswoning maatschap)", "Ommerweg 4"),
        K("ORG", "RECHTBANK OVERIJSSEL"), K("PLACE", "Zittingsplaats Zwolle"), K("CASE", "ZWO 24/3318"),
        K("ORG", "Hardenberg"), K("PLACE", "Bergentheim"), K("ORG", "Omgevingsdienst IJsselland"),
        K("LAW", "Omgevingsplan gemeente Hardenberg"), K("CASE", "ECLI:NL:RVS:2014:2670"),
        K("AMOUNT", "€ 187"), K("AMOUNT", "€ 1.814"), K("OFFICIAL", "mr. J.W. Stoové, rechter", "J.W. Stoové"),
        K("OFFICIAL", "mr. S. Ouchan, griffier", "S. Ouchan"), K("DATE", "8 mei 2025"), K("ID", "[eiser]"),
        K("PROGRAM", "V-Stacks"),
    ]
