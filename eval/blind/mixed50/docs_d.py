"""Documents bh23-bh30: e-mail chains, WhatsApp export, scans, a beslisnota, an English contractor thread."""
from lib import *  # noqa: F401,F403
from lib import bsn, iban, html_file, soffice, chromium, scan, WORK

ALL = []


def doc(fn):
    ALL.append(fn)
    return fn


def mailhdr(pairs):
    return LV(pairs, 24 * mm, 140 * mm, st="s")


@doc
def bh23():
    pdf = DOCS / "bh23_mailwisseling_coentunnel_renovatie.pdf"
    st = [
        P("<b>Mirthe Vd Weerd-Jansen</b>", "n"), SP(2),
        P("<font color='#666'>───────────────────────────────────────────</font>", "s"),
        mailhdr([("Van:", "Vd Weerd-Jansen, Mirthe (RWS-WNN) &lt;mirthe.vdweerd@rws.nl&gt;"),
                 ("Verzonden:", "donderdag 6 februari 2025 17:41"),
                 ("Aan:", "Henk-Jan Oldenburger &lt;hj.oldenburger@bam.com&gt;"),
                 ("CC:", "Tunnelbeheer WNN &lt;tunnelbeheer.wnn@rws.nl&gt;; Dekker, Rogier (RWS-GPO)"),
                 ("Onderwerp:", "RE: Coentunnel – planning renovatie TTI en afsluitingen 2025")]),
        SP(4),
        P("Hoi Henk-Jan,"),
        P("Dank voor de aangepaste planning. Wij kunnen akkoord gaan met de afsluiting van de westbuis in de nachten van 14 t/m 17 maart, "
          "mits de omleiding via de A10-West en de Zaancorridor is afgestemd met de Verkeerscentrale Noord-West en de gemeente Zaanstad. "
          "Rogier regelt de melding in het Landelijk Verkeersmanagement (LVMB) en het NDW."),
        P("Over de vluchtdeurbesturing: graag de FAT-rapportage van Siemens Mobility vóór 1 maart. De veiligheidsbeambte (mevr. Dijkhuizen) "
          "wil die ook zien in het kader van de Warvw."),
        P("Groet,<br/>Mirthe"),
        P("<b>Mirthe van der Weerd-Jansen</b><br/>Senior contractmanager tunnels<br/>Rijkswaterstaat West-Nederland Noord<br/>"
          "Toekanweg 7, 2035 LC Haarlem<br/>M 06 2480 1173<br/>Werkdagen: ma, di, do", "s"),
        SP(6), P("<font color='#666'>───────────────────────────────────────────</font>", "s"),
        mailhdr([("From:", "Henk-Jan Oldenburger &lt;hj.oldenburger@bam.com&gt;"), ("Sent:", "Thursday, February 6, 2025 11:02 AM"),
                 ("To:", "Vd Weerd-Jansen, Mirthe (RWS-WNN) &lt;mirthe.vdweerd@rws.nl&gt;"),
                 ("Cc:", "Lukas Brandstätter &lt;lukas.brandstaetter@siemens.com&gt;; projectsecretariaat@bam.com"),
                 ("Subject:", "Coentunnel – planning renovatie TTI en afsluitingen 2025")]),
        SP(4),
        P("Beste Mirthe,"),
        P("Bijgaand de aangepaste planning (rev. D). Ik heb Lukas van Siemens in de cc gezet; hij is onze lead engineer voor de PLC-vervanging "
          "(Simatic S7-1500) en zit in Duitsland, dus hij leest mee in het Engels."),
        P("<i>Lukas, for your information: RWS agrees in principle with night closures 14–17 March. Please send the Factory Acceptance Test "
          "report before 1 March. – HJ</i>"),
        P("Met vriendelijke groet,<br/>Henk-Jan Oldenburger<br/>Projectmanager BAM Infra Nederland – Tunnels<br/>Runnenburg 9, 3981 AZ Bunnik<br/>"
          "T +31 (0)30 659 8988 (receptie) · M +31 6 5122 0874", "s"),
        PageBreak(),
        P("<font color='#666'>───────────────────────────────────────────</font>", "s"),
        mailhdr([("From:", "Lukas Brandstätter &lt;lukas.brandstaetter@siemens.com&gt;"), ("Sent:", "Friday, February 7, 2025 8:15 AM"),
                 ("To:", "Henk-Jan Oldenburger; Vd Weerd-Jansen, Mirthe (RWS-WNN)"), ("Subject:", "AW: Coentunnel – planning")]),
        SP(4),
        P("Dear Henk-Jan, dear Ms. van der Weerd,"),
        P("The FAT is scheduled for 24 February in our Erlangen test centre. I will be on parental leave from 3 March, so my colleague "
          "Dr. Katarzyna Nowicka will attend the SAT on site. You can reach me until then on +49 171 4409 215."),
        P("Best regards,<br/>Lukas Brandstätter<br/>Lead Engineer Tunnel Automation, Siemens Mobility GmbH, Erlangen"),
        SP(8), P("<font color='#666'>───────────────────────────────────────────</font>", "s"),
        mailhdr([("Van:", "Dekker, Rogier (RWS-GPO)"), ("Verzonden:", "vrijdag 7 februari 2025 09:30"),
                 ("Aan:", "Vd Weerd-Jansen, Mirthe (RWS-WNN)"), ("Onderwerp:", "FW: Coentunnel – planning")]),
        P("Mirthe, melding LVMB is gedaan (kenmerk LVMB-2025-0219). NB: Lukas is vanaf maart weg, zie hieronder. Ik ben zelf 10–12 feb "
          "afwezig (verhuizing). Gr. RD"),
    ]
    build_rl(pdf, st, footer="Afgedrukt uit Outlook - RWS", title="RE: Coentunnel - planning renovatie TTI", author="Vd Weerd-Jansen, Mirthe (RWS-WNN)")
    add_hidden(pdf, links=[(0, "mailto:mirthe.vdweerd@rws.nl", [60, 740, 300, 752]),
                           (0, "mailto:hj.oldenburger@bam.com", [60, 720, 300, 732])])
    red = [
        R("PERSON", "Mirthe van der Weerd-Jansen", "Mirthe", "Vd Weerd-Jansen", "van der Weerd-Jansen", "van der Weerd"),
        R("EMAIL", "mirthe.vdweerd@rws.nl", ("mirthe.vdweerd@rws.nl", False)), R("PHONE", "06 2480 1173", ("06 2480 1173", False)),
        R("PERSON", "Henk-Jan Oldenburger", "Oldenburger", "Henk-Jan", ("– HJ", False)),
        R("EMAIL", "hj.oldenburger@bam.com", ("hj.oldenburger@bam.com", False)), R("PHONE", "+31 6 5122 0874", ("+31 6 5122 0874", False)),
        R("PERSON", "Rogier Dekker", "Rogier", "Dekker", ("Gr. RD", False)),
        R("PERSON", "mevr. Dijkhuizen", "Dijkhuizen"),
        R("PERSON", "Lukas Brandstätter", "Lukas", "Brandstätter"),
        R("EMAIL", "lukas.brandstaetter@siemens.com", ("lukas.brandstaetter@siemens.com", False)),
        R("HEALTH", "parental leave", ("parental leave", False)),
        R("PERSON", "Katarzyna Nowicka", "Katarzyna", "Nowicka"), R("PHONE", "+49 171 4409 215", ("+49 171 4409 215", False)),
        R("PRIVATE", "afwezig (verhuizing)", ("verhuizing", True)),
    ]
    keep = [
        K("PLACE", "Coentunnel"), K("ORG", "RWS-WNN"), K("MAILBOX", "tunnelbeheer.wnn@rws.nl", ("tunnelbeheer.wnn@rws.nl", False)),
        K("ORG", "RWS-GPO"), K("ROAD", "A10-West"), K("ORG", "Verkeerscentrale Noord-West"), K("ORG", "gemeente Zaanstad"),
        K("ORG", "LVMB"), K("ORG", "NDW"), K("COMPANY", "Siemens Mobility"), K("LAW", "Warvw"), K("ROLE", "Senior contractmanager tunnels"),
        K("ORG", "Rijkswaterstaat West-Nederland Noord"), K("STREET", "Toekanweg 7"), K("COMPANY", "BAM Infra Nederland"),
        K("STREET", "Runnenburg 9"), K("SWITCHBOARD", "+31 (0)30 659 8988", ("+31 (0)30 659 8988", False)),
        K("MAILBOX", "projectsecretariaat@bam.com", ("projectsecretariaat@bam.com", False)), K("PRODUCT", "Simatic S7-1500"),
        K("TERM", "Factory Acceptance Test"), K("TERM", "FAT"), K("TERM", "SAT"), K("PLACE", "Erlangen"), K("ROLE", "Lead Engineer Tunnel Automation"),
        K("CASE", "LVMB-2025-0219", ("LVMB-2025-0219", False)), K("TERM", "PLC-vervanging"), K("ROLE", "veiligheidsbeambte"),
        K("ROLE", "Projectmanager"),
    ]
    return pdf, red, keep


@doc
def bh24():
    pdf = DOCS / "bh24_whatsapp_export_ovd_groep.pdf"
    lines = [
        "[19-08-25 22:14:07] Meldkamer VRU (functioneel): P1 Brandweer Nieuwegein – brand schuur Achterweg, Jutphaas",
        "[19-08-25 22:15:30] Gijs: Ik rij. ETA 12 min",
        "[19-08-25 22:16:02] Nadia Ouali: Ik ben OvD-G vannacht, bel me als er slachtoffers zijn 06 1189 4470",
        "[19-08-25 22:27:45] Gijs: Ter plaatse. Uitslaande brand, paarden eruit gehaald door eigenaar (dhr. Ploeger).",
        "[19-08-25 22:29:10] Gijs: Eigenaar heeft snijwond aan onderarm + rook ingeademd, ambu gevraagd.",
        "[19-08-25 22:31:00] Mees van Lith: Copy. Ik alarmeer AGS i.v.m. asbest dak? Dakplaten jaren 70.",
        "[19-08-25 22:31:40] Gijs: Ja graag Mees.",
        "[19-08-25 22:48:13] Nadia Ouali: Ambulance 09-114 neemt dhr. Ploeger mee naar St. Antonius Nieuwegein.",
        "[19-08-25 23:05:55] Mees van Lith: Asbestadvies: burgerkanaal via gemeente Nieuwegein, NL-Alert niet nodig.",
        "[19-08-25 23:06:20] Gijs: Top. Wie belt de burgemeester? Marieke?",
        "[19-08-25 23:09:02] Marieke Stolk-Haverkamp: Doe ik (piket communicatie). Burgemeester Frans Backhuijs is ingelicht.",
        "[19-08-25 23:40:12] Gijs: Brand meester. Nablussen door TS 09-3231. Ik ga eraf.",
        "[20-08-25 07:02:44] Marieke Stolk-Haverkamp: Persbericht staat op vru.nl. Pers verwijzen naar woordvoering@vru.nl.",
        "[20-08-25 07:10:31] Gijs Ter Horst: Dank allen. Dhr. P. is vannacht naar huis gegaan.",
    ]
    st = [P("WhatsApp-chat met OvD's VRU – piket wk 34.txt (export)", "b"), SP(6)] + [P(l.replace("&", "&amp;"), "m") for l in lines] + \
         [SP(8), P("Export uit WhatsApp (iPhone), toegevoegd aan Woo-verzoek VRU/WOO/2025-044 door de afdeling Juridische Zaken.", "s")]
    build_rl(pdf, st, footer="WhatsApp-export - VRU", title="WhatsApp-chat met OvD's VRU", author="Gijs Ter Horst", creator="Pages")
    red = [
        R("PERSON", "Gijs Ter Horst", "Gijs", "Ter Horst"),
        R("PERSON", "Nadia Ouali", "Nadia Ouali", "Ouali"), R("PHONE", "06 1189 4470", ("06 1189 4470", False)),
        R("PERSON", "dhr. Ploeger", "Ploeger", ("Dhr. P.", False)),
        R("HEALTH", "snijwond aan onderarm + rook ingeademd", ("snijwond aan onderarm", False)),
        R("PERSON", "Mees van Lith", "Mees", "van Lith"),
        R("PERSON", "Marieke Stolk-Haverkamp", "Marieke", "Stolk-Haverkamp"),
    ]
    keep = [
        K("ORG", "Meldkamer VRU"), K("ORG", "Brandweer Nieuwegein"), K("STREET", "Achterweg"), K("PLACE", "Jutphaas"),
        K("ROLE", "OvD-G"), K("ORG", "AGS"), K("ORG", "St. Antonius Nieuwegein", ("St. Antonius", False)), K("ORG", "gemeente Nieuwegein"),
        K("PRODUCT", "NL-Alert"), K("OFFICE_HOLDER", "Burgemeester Frans Backhuijs", "Frans Backhuijs"),
        K("CASE", "TS 09-3231", ("09-3231", False)), K("MAILBOX", "woordvoering@vru.nl", ("woordvoering@vru.nl", False)),
        K("CASE", "VRU/WOO/2025-044", ("VRU/WOO/2025-044", False)), K("PRODUCT", "WhatsApp"), K("TERM", "piket communicatie"),
        K("ORG", "Juridische Zaken"), K("CASE", "Ambulance 09-114", ("09-114", False)),
    ]
    return pdf, red, keep


def _concat(out, parts):
    import pikepdf
    with pikepdf.new() as dst:
        for p in parts:
            with pikepdf.open(str(p)) as src:
                dst.pages.extend(src.pages)
        dst.docinfo["/Producer"] = "Adobe Acrobat Pro (samengevoegd)"
        dst.save(str(out), deterministic_id=True)


@doc
def bh25():
    pdf = DOCS / "bh25_scan_brief_grondeigenaar_prorail.pdf"
    tmp = WORK / "bh25_src.pdf"
    big = S("big", font="DVS", size=11.5, lead=16)
    st = [
        P("W.H. (Wim) Scholten-Bruggink<br/>Oude Rijksweg 112<br/>7395 PN Teuge<br/>tel. 055 - 323 1876", big), SP(16),
        P("Aan ProRail, afdeling Grondzaken<br/>Postbus 2038<br/>3500 GA Utrecht", big), SP(14),
        P("Teuge, 3 maart 2025", big), SP(10),
        P("Betreft: uw brief van 12 februari 2025 over aankoop van mijn grond (kadastraal Voorst K 4412)", big), SP(8),
        P("Geachte heer Veldhuizen,", big),
        P("In uw brief biedt ProRail mij 6,50 euro per vierkante meter voor de strook langs het spoor Apeldoorn–Deventer. "
          "Dat is veel te weinig. Mijn vrouw Gerda en ik wonen hier al veertig jaar en ik heb sinds mijn herseninfarct geen "
          "inkomen meer uit de boomkwekerij. Ik wil eerst een gesprek met een onafhankelijke taxateur.", big),
        P("Mijn zoon Arjan Scholten helpt mij met de papieren. U kunt hem bellen op 06 3318 9020.", big), SP(10),
        P("Hoogachtend,", big), Signature(7, 55 * mm, 16 * mm), P("W.H. Scholten-Bruggink", big),
    ]
    build_rl(tmp, st, margins=(25 * mm, 25 * mm, 25 * mm, 20 * mm))
    scan(tmp, pdf, angle=1.3, dpi=200, seed=25)
    red = [
        R("PERSON", "Wim Scholten-Bruggink", "Scholten-Bruggink", "Wim", ocr=True),
        R("ADDRESS", "Oude Rijksweg 112, 7395 PN Teuge", "Oude Rijksweg 112", ("7395 PN", False), ocr=True),
        R("PHONE", "055 - 323 1876", ("323 1876", False), ocr=True),
        R("PARCEL", "Voorst K 4412", ("K 4412", True), ocr=True),
        R("PERSON", "Gerda", "Gerda", ocr=True),
        R("HEALTH", "herseninfarct", "herseninfarct", ocr=True),
        R("PERSON", "Arjan Scholten", "Arjan", ocr=True),
        R("PHONE", "06 3318 9020", ("3318 9020", False), ocr=True),
        R("PERSON", "heer Veldhuizen", "Veldhuizen", ocr=True),
    ]
    return pdf, red, []


@doc
def bh26():
    pdf = DOCS / "bh26_scan_presentielijst_informatieavond.pdf"
    tmp = WORK / "bh26_src.pdf"
    rows = [["Naam", "Adres / organisatie", "E-mail of telefoon", "Handtekening"]]
    ppl = [("Hans Wolters", "Dorpsstraat 4, Hattem", "hans.wolters@kpnmail.nl"),
           ("Fatima Bouali", "Kerkweg 19, Hattem", "06 4411 2093"),
           ("Erik Zandbergen", "LTO Noord, afd. Hattem", "e.zandbergen@ltonoord.nl"),
           ("Greet Brouwer-Lamberts", "Veldweg 7, Wapenveld", "038 - 447 2019"),
           ("Dirk van Apeldoorn", "Zuiderzeestraatweg 301", "06 2077 5318")]
    for i, (n, a, c) in enumerate(ppl):
        rows.append([n, a, c, Signature(100 + i, 35 * mm, 9 * mm)])
    st = [P("Rijkswaterstaat · Project Dijkversterking en N337-aansluiting", "b"),
          P("Presentielijst informatieavond 13 november 2025, Dorpshuis Hattem", S("t", font="DVB", size=13, lead=17)), SP(8),
          T(rows, [40 * mm, 48 * mm, 48 * mm, 38 * mm], st=S("c11", size=10.5, lead=14)), SP(10),
          P("Uw gegevens worden alleen gebruikt om u te informeren over het project (AVG). Vragen: 0800 - 8002.", "n")]
    build_rl(tmp, st)
    scan(tmp, pdf, angle=0.0, dpi=200, seed=26, noise=6)
    red = []
    for n, a, c in ppl:
        red.append(R("PERSON", n, n.split()[-1] if "-" in n.split()[-1] else n, ocr=True))
        if "@" in c:
            red.append(R("EMAIL", c, (c.rsplit(".", 1)[0], False), ocr=True))
        else:
            red.append(R("PHONE", c, (c.split(" ", 1)[1] if c.startswith("06") else c.split("- ")[1], False), ocr=True))
        if not a.startswith("LTO"):
            red.append(R("ADDRESS", a, (a.split(",")[0], False), ocr=True))
    return pdf, red, []


@doc
def bh27():
    pdf = DOCS / "bh27_planschade_advies_met_scan.pdf"
    p1 = WORK / "bh27_p1.pdf"
    side = ["**Gemeente Houten", "Onderdoor 25", "3995 DW Houten", "T 030 - 6392 611", "", "**Behandeld door",
            "Marco Schreuder-Tan", "m.schreuder@houten.nl", "", "**Datum", "2 oktober 2025", "", "**Kenmerk", "PS-2023-014"]
    st = [
        P("Mevrouw H. Baldewsingh<br/>p/a Koekoeksbloem 58<br/>3992 NW Houten"), SP(14),
        P("<b>Onderwerp: advies op uw verzoek om tegemoetkoming in planschade (spoorverdubbeling)</b>"), SP(6),
        P("Geachte mevrouw Baldewsingh,"),
        P("Op uw verzoek van 14 april 2023 om tegemoetkoming in planschade (artikel 6.1 Wet ruimtelijke ordening, overgangsrecht Omgevingswet) "
          "heeft de onafhankelijke adviseur, Stichting Adviesbureau Onroerende Zaken (SAOZ), advies uitgebracht. Een kopie van het "
          "ondertekende advies treft u als bijlage aan (gescand)."),
        P("De adviseur concludeert dat de waarde van uw woning door de komst van het geluidsscherm met € 7.500 is gedaald; na aftrek van het "
          "normaal maatschappelijk risico (2%) resteert € 1.980. Het college is voornemens conform te besluiten. U kunt binnen vier weken "
          "een zienswijze indienen via planschade@houten.nl."),
        SP(6), P("Met vriendelijke groet,<br/>namens het college van burgemeester en wethouders van Houten,"), Signature(270),
        P("M. Schreuder-Tan<br/>juridisch adviseur"),
    ]
    build_rl(p1, st, org=["Gemeente Houten"], side=side, top_color="#2e7d32", footer="PS-2023-014")
    src2 = WORK / "bh27_p2src.pdf"
    big = S("b27", font="DVS", size=11, lead=15)
    st2 = [
        P("SAOZ – Stichting Adviesbureau Onroerende Zaken", S("h", font="DVSB", size=13, lead=17)), SP(6),
        P("Advies verzoek tegemoetkoming planschade – dossier SAOZ/HO/2025-117", big), SP(6),
        P("Aanvrager: mevrouw Hemwatie Baldewsingh, geboren 11-03-1962, eigenaar van de woning Koekoeksbloem 58 te Houten "
          "(kadastraal Houten B 7718).", big), SP(4),
        P("Na een bezoek ter plaatse op 3 juli 2025, in aanwezigheid van aanvrager en haar schoonzoon, de heer Ravi Jagessar, "
          "komen wij tot het oordeel dat de planologische wijziging een waardevermindering van € 7.500 heeft veroorzaakt.", big), SP(4),
        P("Taxatie uitgevoerd door: ing. Pieter Lamberink RT, register-taxateur.", big), SP(10),
        P("Utrecht, 22 september 2025", big), Signature(271, 55 * mm, 15 * mm), P("drs. A.W. Kortekaas, voorzitter adviescommissie", big),
    ]
    build_rl(src2, st2, margins=(25 * mm, 25 * mm, 25 * mm, 20 * mm))
    p2 = WORK / "bh27_p2.pdf"
    scan(src2, p2, angle=-0.6, dpi=200, seed=27)
    _concat(pdf, [p1, p2])
    red = [
        R("PERSON", "H. Baldewsingh", "Baldewsingh"),
        R("ADDRESS", "Koekoeksbloem 58, 3992 NW Houten", "Koekoeksbloem 58", ("3992 NW", False)),
        R("PERSON", "Marco Schreuder-Tan", "Schreuder-Tan", "Marco"),
        R("EMAIL", "m.schreuder@houten.nl", ("m.schreuder@houten.nl", False)),
        R("PERSON", "Hemwatie Baldewsingh", "Hemwatie", ocr=True),
        R("DOB", "11-03-1962", ("11-03-1962", False), ocr=True),
        R("PARCEL", "Houten B 7718", ("B 7718", True), ocr=True),
        R("PERSON", "Ravi Jagessar", "Jagessar", "Ravi", ocr=True),
        R("PERSON", "Pieter Lamberink", "Lamberink", ocr=True),
        R("PERSON", "A.W. Kortekaas", "Kortekaas", ocr=True),
    ]
    keep = [
        K("ORG", "Gemeente Houten"), K("STREET", "Onderdoor 25"), K("SWITCHBOARD", "030 - 6392 611", ("030 - 6392 611", False)),
        K("CASE", "PS-2023-014", ("PS-2023-014", False)), K("LAW", "Wet ruimtelijke ordening"), K("LAW", "Omgevingswet"),
        K("ORG", "Stichting Adviesbureau Onroerende Zaken"), K("ORG", "SAOZ"), K("MAILBOX", "planschade@houten.nl", ("planschade@houten.nl", False)),
        K("ROLE", "juridisch adviseur"), K("AMOUNT", "€ 7.500", ("7.500", False)), K("TERM", "normaal maatschappelijk risico"),
    ]
    return pdf, red, keep


@doc
def bh28():
    pdf = DOCS / "bh28_beslisnota_tunnelbeveiliging_ienw.pdf"
    side = ["**Ministerie van Infrastructuur", "**en Waterstaat", "DG Mobiliteit", "Directie Wegen en Verkeersveiligheid",
            "Rijnstraat 8", "2515 XP Den Haag", "Postbus 20901", "2500 EX Den Haag", "", "**Contactpersoon", "drs. Y.M. (Yvonne) Baarsma",
            "senior beleidsmedewerker", "T 070 - 456 0000 (algemeen)", "M 06 1524 7793", "yvonne.baarsma@minienw.nl", "", "**Datum",
            "24 april 2025", "", "**Kenmerk", "IENW/BSK-2025/98213", "", "**Bijlagen", "2"]
    st = [
        Bookmark("Beslisnota digitale weerbaarheid tunnels"),
        P("Nota", "h1"),
        LV([("Aan", "de minister van Infrastructuur en Waterstaat"), ("Van", "drs. Y.M. Baarsma, DGMo/WV"),
            ("Kopie aan", "SG, DGMo, HID RWS GPO, NCTV"),
            ("Onderwerp", "Digitale weerbaarheid van de rijkstunnels: aanwijzing als vitale aanbieder onder de Cyberbeveiligingswet")],
           28 * mm, 92 * mm),
        H("Aanleiding"),
        P("De Cyberbeveiligingswet (implementatie NIS2-richtlijn) verplicht de aanwijzing van aanbieders van essentiële diensten. "
          "De NCTV heeft in het Dreigingsbeeld Statelijke Actoren (DBSA) gewezen op risico's voor tunnelbesturing. Rijkswaterstaat "
          "beheert 24 tunnels met een Tunnel Technische Installatie (TTI) en SCADA-systemen."),
        H("Geadviseerd besluit"),
        P("Aan de minister wordt gevraagd: (1) in te stemmen met aanwijzing van RWS als essentiële entiteit voor de tunnels; "
          "(2) in te stemmen met een extern Red Team-onderzoek door Fox-IT in het najaar van 2025; "
          "(3) de Tweede Kamer hierover te informeren via de voortgangsbrief Wegen."),
        H("Kern"),
        P("Uit een pentest in de Coentunnel (februari 2025) bleek dat een onderhoudsaccount met standaardwachtwoord bestond bij een "
          "onderaannemer. Het lek is gedicht. De heer Jansma (CISO RWS) adviseert een sectorbrede aanpak met het Nationaal Cyber "
          "Security Centrum (NCSC) en het Digital Trust Center."),
        H("Krachtenveld"),
        P("Het ministerie van Justitie en Veiligheid (NCTV) steunt het voorstel. Bouwend Nederland en NLingenieurs vragen om een overgangstermijn. "
          "Staatssecretaris Jansen heeft in het commissiedebat van 12 maart 2025 toegezegd de Kamer vóór de zomer te informeren."),
        PageBreak(),
        H("Toelichting"),
        P("De kosten (€ 14,2 mln. over 2025–2028) worden gedekt uit het Mobiliteitsfonds, artikel 12 (Hoofdwegennet). "
          "De Inspectie Leefomgeving en Transport (ILT) wordt toezichthouder. In bijlage 1 staat de lijst van tunnels; in bijlage 2 "
          "het advies van de CISO."),
        H("Informatie die niet openbaar gemaakt kan worden"),
        P("[Toelichting volgt bij openbaarmaking]"),
        H("Paraafroute"),
        T([["Naam", "Functie", "Paraaf", "Datum"],
           ["Y.M. Baarsma", "Senior beleidsmedewerker", "YB", "24-04"],
           ["ir. J.P. de Kock-<br/>Verschuuren", "Afdelingshoofd", "JPdK", "25-04"],
           ["mr. H.L. (Hassan)<br/>Amrani", "Directeur WV", "HA", "28-04"],
           ["drs. W.J. Kooistra", "Directeur-generaal Mobiliteit", "WJK", "29-04"]],
          [45 * mm, 60 * mm, 20 * mm, 20 * mm]),
        SP(10), H("Bijlage 2 – notitie CISO (uittreksel)", 3),
        P("Van: Arjen Jansma, CISO Rijkswaterstaat (arjen.jansma@rws.nl, 06 2904 6618). Naar aanleiding van het incident bij "
          "onderaannemer TunnelTech Solutions B.V. (contactpersoon dhr. Geert Wubbolts) is het account geblokkeerd. Melding bij de "
          "Autoriteit Persoonsgegevens was niet nodig."),
    ]
    build_rl(pdf, st, org=["Ministerie van Infrastructuur en Waterstaat"], side=side, footer="IENW/BSK-2025/98213",
             title="Beslisnota digitale weerbaarheid tunnels", author="Baarsma, Yvonne", subject="Cyberbeveiligingswet tunnels")
    add_hidden(pdf, notes=[(1, 500, 700, "Yvonne, kun je de naam van Wubbolts er nog uithalen? Groet, Jan-Pieter", "de Kock-Verschuuren, Jan-Pieter")],
               xmp_author="Yvonne Baarsma")
    red = [
        R("PERSON", "Yvonne Baarsma", "Baarsma", "Yvonne"), R("PHONE", "06 1524 7793", ("06 1524 7793", False)),
        R("EMAIL", "yvonne.baarsma@minienw.nl", ("yvonne.baarsma@minienw.nl", False)), R("PARAPH", "YB", "YB"),
        R("PERSON", "J.P. de Kock-Verschuuren", "de Kock-", "Kock-Verschuuren", "Jan-Pieter"), R("PARAPH", "JPdK", "JPdK"),
        R("PERSON", "Hassan Amrani", "Amrani", "Hassan"), R("PARAPH", "HA", "HA"),
        R("PERSON", "Arjen Jansma", "Jansma", "Arjen"), R("EMAIL", "arjen.jansma@rws.nl", ("arjen.jansma@rws.nl", False)),
        R("PHONE", "06 2904 6618", ("06 2904 6618", False)),
        R("PERSON", "Geert Wubbolts", "Wubbolts", "Geert"),
    ]
    keep = [
        K("ORG", "Ministerie van Infrastructuur en Waterstaat"), K("ORG", "DG Mobiliteit"), K("STREET", "Rijnstraat 8"),
        K("SWITCHBOARD", "070 - 456 0000", ("070 - 456 0000", False)), K("CASE", "IENW/BSK-2025/98213", ("IENW/BSK-2025/98213", False)),
        K("ROLE", "senior beleidsmedewerker"), K("ORG", "NCTV"), K("LAW", "Cyberbeveiligingswet"), K("LAW", "NIS2-richtlijn"),
        K("PROGRAMME", "Dreigingsbeeld Statelijke Actoren"), K("ORG", "Rijkswaterstaat"), K("TERM", "SCADA"), K("COMPANY", "Fox-IT"),
        K("ORG", "Tweede Kamer"), K("PLACE", "Coentunnel"), K("ROLE", "CISO"), K("ORG", "Nationaal Cyber Security Centrum"), K("ORG", "NCSC"),
        K("ORG", "Digital Trust Center"), K("ORG", "Bouwend Nederland"), K("ORG", "NLingenieurs"),
        K("OFFICE_HOLDER", "Staatssecretaris Jansen", "Staatssecretaris Jansen"), K("PROGRAMME", "Mobiliteitsfonds"),
        K("ORG", "Inspectie Leefomgeving en Transport"), K("ORG", "ILT"), K("COMPANY", "TunnelTech Solutions B.V."),
        K("ORG", "Autoriteit Persoonsgegevens"), K("ROLE", "Afdelingshoofd"), K("ROLE", "Directeur WV"),
        K("ROLE", "Directeur-generaal Mobiliteit"), K("PUBLIC_OFFICIAL", "DG drs. W.J. Kooistra", "W.J. Kooistra"),
        K("TERM", "Red Team"), K("HEADING", "Informatie die niet openbaar gemaakt kan worden"),
    ]
    return pdf, red, keep


@doc
def bh29():
    pdf = DOCS / "bh29_email_thread_english_bridge_inspection.pdf"
    body = """
<p class="small">Printed from Outlook on the web · Gemeente Rotterdam</p>
<h2>FW: Van Brienenoordbrug – inspection findings bascule span (report WAL-INS-2025-33)</h2>
<table class="nb"><tr><td><b>From:</b></td><td>Oosthoek, Bas &lt;b.oosthoek@rotterdam.nl&gt;</td></tr>
<tr><td><b>Sent:</b></td><td>Tuesday, 16 September 2025 14:22</td></tr>
<tr><td><b>To:</b></td><td>Brugbeheer &lt;brugbeheer@rotterdam.nl&gt;; Ilse Vermaat-Kruit &lt;i.vermaat@rotterdam.nl&gt;</td></tr>
<tr><td><b>Subject:</b></td><td>FW: inspection findings bascule span</td></tr></table>
<p>Ilse, see below from the inspection team. The Willemsbrug is ours, the Van Brienenoordbrug is Rijkswaterstaat's – please forward the RWS part to
the RWS Steunpunt (steunpunt.wnz@rws.nl). Bas</p>
<p><i>Bas Oosthoek | Assetmanager Bruggen | Stadsbeheer | Gemeente Rotterdam | Wilhelminakade 179 | M +31 6 1388 4027</i></p>
<hr>
<table class="nb"><tr><td><b>From:</b></td><td>Callum McAllister &lt;callum.mcallister@walkerbridge.co.uk&gt;</td></tr>
<tr><td><b>Sent:</b></td><td>Monday, 15 September 2025 18:05</td></tr>
<tr><td><b>To:</b></td><td>Oosthoek, Bas</td></tr>
<tr><td><b>Cc:</b></td><td>Siobhan O'Driscoll &lt;s.odriscoll@walkerbridge.co.uk&gt;; inspections@walkerbridge.co.uk</td></tr>
<tr><td><b>Subject:</b></td><td>Inspection findings bascule span (report WAL-INS-2025-33)</td></tr></table>
<p>Dear Bas,</p>
<p>Please find attached our findings from the rope-access inspection on 10–12 September. In short: fatigue cracks were found at two
welded connections of the counterweight box (crack lengths 38 mm and 52 mm), and the trunnion bearing shows higher wear than in the 2022
baseline. We recommend Non-Destructive Testing (NDT) by Magnetic Particle Inspection within three months and a temporary load restriction
as per NEN 8700.</p>
<p>Our rope-access technician, Mr. Dawid Kowalczyk, had a minor fall-arrest incident on 11 September (no injuries, reported to our HSE
manager). The Arbeidsinspectie does not need to be notified.</p>
<p>Siobhan will be your point of contact while I am on medical leave for knee surgery from 22 September; her mobile is +44 7700 918 246.</p>
<p>Kind regards,<br>Callum McAllister CEng MICE<br>Principal Bridge Engineer · Walker Bridge Consultants Ltd · Glasgow<br>
T +44 141 496 0000 (office)</p>
<p style="page-break-before: always" class="small">— Attachment list —</p>
<table><tr><th>File</th><th>Size</th><th>Author</th></tr>
<tr><td>WAL-INS-2025-33_findings.pdf</td><td>4.2 MB</td><td>C. McAllister</td></tr>
<tr><td>photos_counterweight_box.zip</td><td>88 MB</td><td>D. Kowalczyk</td></tr>
<tr><td>NDT_proposal_rev0.xlsx</td><td>52 kB</td><td>S. O'Driscoll</td></tr></table>
<p class="small">Internal note Gemeente Rotterdam: logged in Ultimo as melding BR-2025-4471 (Stadsbeheer, team Constructies).</p>
"""
    src = html_file(WORK / "bh29_email_thread_english_bridge_inspection.html", "FW: inspection findings bascule span", body)
    soffice(src, pdf, info={"Author": "Oosthoek, Bas"})
    add_hidden(pdf, notes=[(0, 520, 600, "Bas - checked with Mr. Van Zanten-Doorewaard (Juridische Zaken): the medical part must be blacked out before the Woo release. Ilse", "Vermaat-Kruit, Ilse")])
    red = [
        R("PERSON", "Bas Oosthoek", "Oosthoek", "Bas"), R("EMAIL", "b.oosthoek@rotterdam.nl", ("b.oosthoek@rotterdam.nl", False)),
        R("PHONE", "+31 6 1388 4027", ("+31 6 1388 4027", False)),
        R("PERSON", "Ilse Vermaat-Kruit", "Ilse", "Vermaat-Kruit"), R("EMAIL", "i.vermaat@rotterdam.nl", ("i.vermaat@rotterdam.nl", False)),
        R("PERSON", "Callum McAllister", "Callum", "McAllister"),
        R("EMAIL", "callum.mcallister@walkerbridge.co.uk", ("callum.mcallister@walkerbridge.co.uk", False)),
        R("PERSON", "Siobhan O'Driscoll", "Siobhan", ("O'Driscoll", False)),
        R("EMAIL", "s.odriscoll@walkerbridge.co.uk", ("s.odriscoll@walkerbridge.co.uk", False)),
        R("PERSON", "Dawid Kowalczyk", "Dawid", "Kowalczyk"),
        R("HEALTH", "medical leave for knee surgery", ("knee surgery", False)),
        R("PHONE", "+44 7700 918 246", ("+44 7700 918 246", False)),
        R("PERSON", "Van Zanten-Doorewaard", "Van Zanten-Doorewaard"),
    ]
    keep = [
        K("PLACE", "Van Brienenoordbrug"), K("CASE", "WAL-INS-2025-33", ("WAL-INS-2025-33", False)),
        K("MAILBOX", "brugbeheer@rotterdam.nl", ("brugbeheer@rotterdam.nl", False)), K("PLACE", "Willemsbrug"), K("ORG", "Rijkswaterstaat"),
        K("MAILBOX", "steunpunt.wnz@rws.nl", ("steunpunt.wnz@rws.nl", False)), K("ROLE", "Assetmanager Bruggen"), K("ORG", "Stadsbeheer"),
        K("ORG", "Gemeente Rotterdam"), K("STREET", "Wilhelminakade 179"),
        K("MAILBOX", "inspections@walkerbridge.co.uk", ("inspections@walkerbridge.co.uk", False)), K("TERM", "bascule span"),
        K("TERM", "counterweight box"), K("TERM", "trunnion bearing"), K("TERM", "Non-Destructive Testing"),
        K("TERM", "Magnetic Particle Inspection"), K("LAW", "NEN 8700"), K("ORG", "Arbeidsinspectie"),
        K("ROLE", "Principal Bridge Engineer"), K("COMPANY", "Walker Bridge Consultants Ltd"), K("PLACE", "Glasgow"),
        K("SWITCHBOARD", "+44 141 496 0000", ("+44 141 496 0000", False)), K("PRODUCT", "Ultimo"),
        K("CASE", "BR-2025-4471", ("BR-2025-4471", False)), K("PRODUCT", "Outlook on the web"), K("ROLE", "HSE manager"),
    ]
    return pdf, red, keep


@doc
def bh30():
    pdf = DOCS / "bh30_webformulier_klacht_brugbediening.pdf"
    b = bsn("17024639")
    css = """body{font-family:'DejaVu Sans',sans-serif;font-size:10pt;margin:0;color:#222}
.bar{background:#e17000;color:#fff;padding:8px 12px;font-weight:bold;font-size:12pt}
.crumb{font-size:8pt;color:#666;margin:6px 12px}.box{margin:8px 12px;border:1px solid #ccc;padding:8px 12px}
dl{display:grid;grid-template-columns:38% 62%;margin:0}dt{font-weight:bold;padding:3px 0;border-bottom:1px solid #eee}
dd{margin:0;padding:3px 0;border-bottom:1px solid #eee}.foot{font-size:8pt;color:#666;margin:10px 12px}
@page{size:A4;margin:12mm}"""
    fields = [
        ("Formulier", "Melding of klacht over bediening van bruggen en sluizen"),
        ("Referentienummer", "PZH-KL-2025-08817"),
        ("Ingediend op", "30-07-2025 21:48"),
        ("Voornaam", "Ngozi"), ("Tussenvoegsel", ""), ("Achternaam", "Adeyemi-Visser"),
        ("Burgerservicenummer (alleen bij schadeclaim)", b),
        ("Straat en huisnummer", "Havenstraat 3A"), ("Postcode en plaats", "2231 BM Rijnsburg"),
        ("Telefoon", "06 4902 7731"), ("E-mail", "ngozi.adeyemi@hotmail.com"),
        ("Brug of sluis", "Hefbrug Alphen (N11-aansluiting), beheer Provincie Zuid-Holland"),
        ("Omschrijving", "Ik stond met mijn sloep (PZH-registratie ZH-4471-S) 50 minuten te wachten. De brugwachter "
                         "(volgens de marifoon 'Kevin') zei dat de brug 'op afstand' bediend werd vanuit Leiden. Ik wil mijn "
                         "gemiste veerboot vergoed krijgen (IBAN " + iban("ABNA", "0531768201") + ")."),
        ("Bijlage", "foto_wachtrij.jpg (1,8 MB)"),
        ("Toestemming", "Ja, ik ga akkoord met de privacyverklaring van de Provincie Zuid-Holland"),
    ]
    dl = "".join(f"<dt>{a}</dt><dd>{v or '&nbsp;'}</dd>" for a, v in fields)
    body = (f'<div class="bar">Provincie Zuid-Holland</div><div class="crumb">zuid-holland.nl › Contact › Melding doen › Bevestiging</div>'
            f'<div class="box"><p><b>Bedankt voor uw melding.</b> Hieronder ziet u een kopie van uw gegevens. U ontvangt binnen 5 werkdagen '
            f'een reactie van het Servicepunt Vaarwegen (070 - 441 6611, vaarwegen@pzh.nl).</p><dl>{dl}</dl></div>'
            '<div class="foot">Provincie Zuid-Holland · Zuid-Hollandplein 1 · 2596 AW Den Haag · Formulierversie 4.2 (Mendix)</div>')
    src = html_file(WORK / "bh30_webformulier_klacht_brugbediening.html", "Bevestiging melding - Provincie Zuid-Holland", body, css)
    chromium(src, pdf)
    add_hidden(pdf, links=[(0, "mailto:ngozi.adeyemi@hotmail.com", [60, 500, 300, 512])], info={"Author": "formulieren-svc (PZH)"})
    ib = iban("ABNA", "0531768201")
    red = [
        R("PERSON", "Ngozi Adeyemi-Visser", "Ngozi", "Adeyemi-Visser"), R("BSN", b, (b, False)),
        R("ADDRESS", "Havenstraat 3A, 2231 BM Rijnsburg", "Havenstraat 3A", ("2231 BM", False)),
        R("PHONE", "06 4902 7731", ("06 4902 7731", False)), R("EMAIL", "ngozi.adeyemi@hotmail.com", ("ngozi.adeyemi@hotmail.com", False)),
        R("REGISTRATION", "ZH-4471-S", ("ZH-4471-S", False)), R("PERSON", "Kevin (brugwachter)", "Kevin"),
        R("IBAN", ib, (ib, False)),
    ]
    keep = [
        K("ORG", "Provincie Zuid-Holland"), K("CASE", "PZH-KL-2025-08817", ("PZH-KL-2025-08817", False)),
        K("PLACE", "Hefbrug Alphen"), K("ROAD", "N11"), K("ORG", "Servicepunt Vaarwegen"),
        K("SWITCHBOARD", "070 - 441 6611", ("070 - 441 6611", False)), K("MAILBOX", "vaarwegen@pzh.nl", ("vaarwegen@pzh.nl", False)),
        K("STREET", "Zuid-Hollandplein 1"), K("PRODUCT", "Mendix"), K("LABEL", "Burgerservicenummer"), K("LABEL", "Achternaam"),
        K("LABEL", "Tussenvoegsel"), K("ROLE", "brugwachter"), K("PLACE", "Leiden"), K("DATE", "30-07-2025", ("30-07-2025", False)),
    ]
    return pdf, red, keep


@doc
def bh31():
    pdf = DOCS / "bh31_ole_gezaghebber_ontheffing_statia.pdf"
    side = ["**Openbaar Lichaam", "**Sint Eustatius", "Government Building", "Oranjestad, Sint Eustatius", "T +599 318 2552",
            "", "**Kabinet Gezaghebber", "", "**Behandeld door", "Shermaine Lopes-Gumbs", "+599 319 2044",
            "s.lopes@statiagov.com", "", "**Datum", "1 november 2025", "", "**Nummer", "OLE/KG/2025-0311"]
    st = [
        P("Mr. Kenneth A. Woodley<br/>p/a Golden Rock Carnival Troupe<br/>Rosemary Lane 6<br/>Oranjestad, Sint Eustatius"), SP(12),
        P("<b>Besluit ontheffing – Statia Day Jump-Up 16 november 2025 / Exemption decision</b>"), SP(6),
        P("De gezaghebber van Sint Eustatius,"),
        P("gelet op de aanvraag van de heer K.A. Woodley (geboren 09-06-1984, ID-kaart BES nr. NXR4K8L27) namens Golden Rock Carnival "
          "Troupe van 2 oktober 2025, het advies van het Korps Politie Caribisch Nederland (KPCN) en de Brandweer Caribisch Nederland, "
          "en de Eilandsverordening Openbare Orde St. Eustatius;"),
        P("<b>besluit:</b> ontheffing te verlenen voor het ten gehore brengen van versterkte muziek en het tijdelijk afsluiten van "
          "Fort Oranjestraat en Van Tonningenweg op 16 november 2025 van 14:00 tot 01:00 uur, onder de voorschriften in de bijlage."),
        P("<i>English summary: The Island Governor grants an exemption for amplified music and a road closure on Fort Oranje Street "
          "and Van Tonningen Road on 16 November 2025 from 2 pm to 1 am. The organiser must ensure first aid (St. Eustatius Health "
          "Care Foundation) and security staff.</i>"),
        P("Hoewel de politie meldt dat de aanvrager in 2019 een boete kreeg voor rijden onder invloed, staat dat niet aan verlening in de weg."),
        SP(6), P("De gezaghebber van Sint Eustatius,"), Signature(311), P("Alida Francis"),
        SP(6), P("Afschrift: KPCN, Brandweer Caribisch Nederland, Rijksvertegenwoordiger voor Bonaire, Sint Eustatius en Saba.", "s"),
    ]
    build_rl(pdf, st, org=["Openbaar Lichaam Sint Eustatius", "Public Entity St. Eustatius"], side=side, top_color="#7a1f2b",
             footer="OLE/KG/2025-0311", title="Ontheffing Statia Day Jump-Up", author="Lopes-Gumbs, Shermaine")
    red = [
        R("PERSON", "Kenneth A. Woodley", "Woodley", "Kenneth"),
        R("ADDRESS", "Rosemary Lane 6", "Rosemary Lane 6"),
        R("DOB", "09-06-1984", ("09-06-1984", False)), R("IDNUMBER", "NXR4K8L27", "NXR4K8L27"),
        R("CRIMINAL", "boete voor rijden onder invloed", ("rijden onder invloed", False)),
        R("PERSON", "Shermaine Lopes-Gumbs", "Shermaine", "Lopes-Gumbs"),
        R("PHONE", "+599 319 2044", ("+599 319 2044", False)), R("EMAIL", "s.lopes@statiagov.com", ("s.lopes@statiagov.com", False)),
    ]
    keep = [
        K("ORG", "Openbaar Lichaam Sint Eustatius"), K("SWITCHBOARD", "+599 318 2552", ("+599 318 2552", False)),
        K("ORG", "Kabinet Gezaghebber"), K("CASE", "OLE/KG/2025-0311", ("OLE/KG/2025-0311", False)),
        K("ORG", "Golden Rock Carnival Troupe"), K("PROGRAMME", "Statia Day"), K("ORG", "KPCN"),
        K("ORG", "Brandweer Caribisch Nederland"), K("LAW", "Eilandsverordening Openbare Orde St. Eustatius", ("Eilandsverordening Openbare Orde", False)),
        K("STREET", "Fort Oranjestraat"), K("STREET", "Van Tonningenweg"), K("ORG", "St. Eustatius Health Care Foundation"),
        K("OFFICE_HOLDER", "gezaghebber Alida Francis", "Alida Francis"), K("ROLE", "Rijksvertegenwoordiger"),
        K("ROLE", "Island Governor"), K("PLACE", "Oranjestad"),
    ]
    return pdf, red, keep


@doc
def bh32():
    pdf = DOCS / "bh32_rws_nadeelcompensatie_besluit_bv.pdf"
    side = ["**Rijkswaterstaat", "**Zee en Delta", "Poelendaelesingel 18", "4335 JA Middelburg", "T 0800 - 8002", "",
            "**Contactpersoon", "mr. drs. L.C. (Lieke) Minderhoud", "jurist nadeelcompensatie", "lieke.minderhoud@rws.nl", "",
            "**Datum", "20 januari 2026", "", "**Kenmerk", "RWS-2026/1877", "", "**Uw kenmerk", "VdK/2025-11"]
    st = [
        P("Visserijbedrijf De Kreeftenpot B.V.<br/>t.a.v. de heer M.J.A. (Maarten) de Kam, directeur-grootaandeelhouder<br/>"
          "Havenkade 2<br/>4301 HA Zierikzee"), SP(12),
        P("<b>Onderwerp: besluit op uw verzoek om nadeelcompensatie (stremming Zandkreeksluis)</b>"), SP(6),
        P("Geachte heer De Kam,"),
        P("Op 4 november 2025 hebt u namens Visserijbedrijf De Kreeftenpot B.V. verzocht om vergoeding van omzetschade door de stremming "
          "van de Zandkreeksluis (23 juni tot en met 18 augustus 2025) wegens renovatie van de sluisdeuren. Het verzoek is beoordeeld "
          "volgens de Beleidsregel nadeelcompensatie Infrastructuur en Waterstaat 2022 en titel 4.5 Awb."),
        P("Wij kennen u een tegemoetkoming toe van € 18.420, te betalen op rekening NL23 RABO 0316 2204 17 ten name van de B.V. "
          "Het normaal maatschappelijk risico is gesteld op 15% van de omzet over de stremmingsperiode. Het advies van Sweco Nederland "
          "(ir. F. Vermeulen-Haak) is overgenomen."),
        P("Uw schoonvader, de heer Jacobus Kodde, die het bedrijf tot 2024 leidde, is volgens uw verzoek sinds de zomer "
          "arbeidsongeschikt; dat is voor de beoordeling niet van belang."),
        P("Tegen dit besluit kunt u binnen zes weken bezwaar maken bij de minister van Infrastructuur en Waterstaat, "
          "p/a Rijkswaterstaat Zee en Delta, of via bezwaar.zd@rws.nl."),
        SP(6), P("Hoogachtend,<br/>de minister van Infrastructuur en Waterstaat,<br/>namens deze,"), Signature(321),
        P("drs. K. Oudenaarden-Wijnen<br/>Hoofd Juridische Zaken Zee en Delta"),
    ]
    build_rl(pdf, st, org=["Rijkswaterstaat", "Ministerie van Infrastructuur en Waterstaat"], side=side, footer="RWS-2026/1877",
             title="Besluit nadeelcompensatie De Kreeftenpot", author="Minderhoud, L.C.")
    red = [
        R("PERSON", "Maarten de Kam", "de Kam", "De Kam", "Maarten"),
        R("PERSON", "Lieke Minderhoud", "Minderhoud", "Lieke"), R("EMAIL", "lieke.minderhoud@rws.nl", ("lieke.minderhoud@rws.nl", False)),
        R("PERSON", "F. Vermeulen-Haak", "Vermeulen-Haak"),
        R("PERSON", "Jacobus Kodde", "Kodde", "Jacobus"), R("HEALTH", "arbeidsongeschikt", "arbeidsongeschikt"),
        R("PERSON", "K. Oudenaarden-Wijnen", "Oudenaarden-Wijnen"),
        R("PARAPH", "VdK", ("VdK/2025-11", False)),
    ]
    keep = [
        K("ORG", "Rijkswaterstaat Zee en Delta", ("Zee en Delta", False)), K("STREET", "Poelendaelesingel 18"),
        K("SWITCHBOARD", "0800 - 8002", ("0800 - 8002", False)), K("ROLE", "jurist nadeelcompensatie"),
        K("CASE", "RWS-2026/1877", ("RWS-2026/1877", False)), K("COMPANY", "Visserijbedrijf De Kreeftenpot B.V.", ("De Kreeftenpot B.V.", False)),
        K("STREET", "Havenkade 2"), K("ROLE", "directeur-grootaandeelhouder"), K("PLACE", "Zandkreeksluis"),
        K("LAW", "Beleidsregel nadeelcompensatie Infrastructuur en Waterstaat 2022", ("Beleidsregel nadeelcompensatie", False)),
        K("LAW", "Awb"), K("IBAN_ORG", "NL23 RABO 0316 2204 17", ("NL23 RABO 0316 2204 17", False)), K("COMPANY", "Sweco Nederland"),
        K("MAILBOX", "bezwaar.zd@rws.nl", ("bezwaar.zd@rws.nl", False)), K("ROLE", "Hoofd Juridische Zaken"),
        K("AMOUNT", "€ 18.420", ("18.420", False)), K("TERM", "normaal maatschappelijk risico"),
    ]
    return pdf, red, keep
