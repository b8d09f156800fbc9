"""Documents br11-br20 of set BR."""
from kit import A4, landscape, mm, DOCS_DIR, TMP, Gold, KK, build_rl, set_meta, add_outline, add_annots, scan_pdf


def br11():
    """E-mail chain RWS - contractor (Van Brienenoordbrug), python-docx + LibreOffice, 2 pages."""
    from docx import Document
    from docx.shared import Pt
    g = Gold("br11.pdf")
    d = Document()
    d.styles["Normal"].font.name = "Carlito"
    d.styles["Normal"].font.size = Pt(10.5)
    d.sections[0].footer.paragraphs[0].text = "Afgedrukt uit Outlook door RWS/PPO – Woo-verzoek RWS-WOO-2025/0311, document 14"

    def hdr(lines):
        for k, v in lines:
            p = d.add_paragraph()
            r = p.add_run(f"{k}:\t")
            r.bold = True
            p.add_run(v)
            p.paragraph_format.space_after = Pt(0)

    hdr([("Van", "Vos, Reinier (Heijmans) <reinier.vos@heijmans.nl>"),
         ("Verzonden", "donderdag 13 maart 2025 17:52"),
         ("Aan", "Koopmans-Oduya, Esther (RWS-PPO)"),
         ("CC", "projectbureau.brienenoord@rws.nl; Demir, Kaan (Heijmans)"),
         ("Onderwerp", "RE: planning afsluiting Van Brienenoordbrug weekend 21-24 maart")])
    d.add_paragraph("")
    d.add_paragraph("Hoi Esther,")
    d.add_paragraph("Zoals besproken schuiven we de afsluiting van de westelijke boog een week op. De "
                    "bewegingswerken van het brugdek zijn nog niet gekeurd door Lloyd's Register. Kaan loopt "
                    "zaterdag mee met de inspectie; hij is bereikbaar op 06-27730914.")
    d.add_paragraph("Ook vraagt Havenbedrijf Rotterdam om de scheepvaart via de Nieuwe Maas niet langer dan 4 uur "
                    "te stremmen. Kun jij dat met de Verkeerscentrale Rotterdam afstemmen?")
    d.add_paragraph("Groet,\nReinier\n\nReinier Vos | Projectmanager | Heijmans Infra\nM +31 6 5120 8847 | "
                    "Graafsebaan 65, Rosmalen")
    d.add_paragraph("")
    hdr([("Van", "Koopmans-Oduya, Esther (RWS-PPO) <esther.koopmans-oduya@rws.nl>"),
         ("Verzonden", "donderdag 13 maart 2025 11:06"),
         ("Aan", "Vos, Reinier (Heijmans)"),
         ("CC", "Hoekstra, Bram (RWS-WNZ); Wit, de, Marloes (RWS-CIV)"),
         ("Onderwerp", "planning afsluiting Van Brienenoordbrug weekend 21-24 maart")])
    d.add_paragraph("")
    d.add_paragraph("Beste Reinier,")
    d.add_paragraph("Op verzoek van de minister van Infrastructuur en Waterstaat willen we de hinder rond de "
                    "renovatie beperken; minister Madlener bezoekt het project op 2 april. Graag uiterlijk "
                    "vrijdag de definitieve planning, zodat Bram de omleidingen via de A16 en de A15 (Beneluxtunnel) "
                    "kan laten instellen en Marloes de communicatie via VerkeersInformatie (vananaarbeter.nl) kan "
                    "regelen.")
    d.add_paragraph("Met vriendelijke groet,\n\nEsther Koopmans-Oduya\nomgevingsmanager Renovatie Van Brienenoordbrug\n"
                    "Rijkswaterstaat Programma's, Projecten en Onderhoud (PPO)\nM 06 - 1402 7719\n"
                    "Bezoekadres: Griffioenlaan 2, Utrecht")
    d.add_page_break()
    hdr([("Van", "Demir, Kaan (Heijmans) <k.demir@heijmans.nl>"),
         ("Verzonden", "vrijdag 14 maart 2025 08:15"),
         ("Aan", "Vos, Reinier; Koopmans-Oduya, Esther (RWS-PPO)"),
         ("Onderwerp", "RE: RE: planning afsluiting Van Brienenoordbrug weekend 21-24 maart")])
    d.add_paragraph("")
    d.add_paragraph("Esther, Reinier – keuring is verplaatst naar zaterdag 22 maart 07:00. Ik heb contact gehad met "
                    "Wouter Zeegers van Lloyd's; hij neemt zijn collega mee. Ik ben die ochtend zelf ook aanwezig.")
    d.add_paragraph("Mvg, Kaan")
    src = TMP / "br11.docx"
    d.core_properties.author = "Koopmans-Oduya, Esther"
    d.save(src)
    g.r("PERSON", "Reinier Vos", "Reinier", "Reinier Vos", "Vos, Reinier")
    g.r("EMAIL", "reinier.vos@heijmans.nl", "reinier.vos@heijmans.nl")
    g.r("PERSON", "Esther Koopmans-Oduya", "Koopmans-Oduya", "Esther")
    g.r("EMAIL", "esther.koopmans-oduya@rws.nl", "esther.koopmans-oduya@rws.nl")
    g.r("PERSON", "Kaan Demir", "Demir", "Kaan")
    g.r("EMAIL", "k.demir@heijmans.nl", "k.demir@heijmans.nl")
    g.r("PHONE", "06-27730914", "06-27730914")
    g.r("PHONE", "+31 6 5120 8847", "+31 6 5120 8847")
    g.r("PERSON", "Bram Hoekstra", "Hoekstra", "Bram")
    g.r("PERSON", "Marloes de Wit", "Wit, de, Marloes", "Marloes")
    g.r("PHONE", "06 - 1402 7719", "06 - 1402 7719")
    g.r("PERSON", "Wouter Zeegers", "Zeegers")
    KK(g, [("ORG", "Heijmans"), ("STRUCT", "Van Brienenoordbrug"), ("MAILBOX", "projectbureau.brienenoord@rws.nl"),
           ("ORG", "Lloyd's Register"), ("ORG", "Havenbedrijf Rotterdam"), ("PLACE", "Nieuwe Maas"),
           ("ORG", "Verkeerscentrale Rotterdam"), ("OFFICE", "Madlener"), ("ROAD", "A16"), ("ROAD", "A15"),
           ("STRUCT", "Beneluxtunnel"), ("WEB", "vananaarbeter.nl"), ("ORG", "Rijkswaterstaat"),
           ("FUNC", "omgevingsmanager"), ("FUNC", "Projectmanager"), ("ADDR_ORG", "Griffioenlaan 2"),
           ("ADDR_ORG", "Graafsebaan 65"), ("REF", "RWS-WOO-2025/0311"), ("ORG", "RWS-PPO"),
           ("FUNC", "minister van Infrastructuur en Waterstaat")])
    return g, ("docx", src)


def br12():
    """WhatsApp export of a weginspecteur group chat, DejaVuMono, 2 pages."""
    g = Gold("br12.pdf")
    p = DOCS_DIR / g.doc
    chat = """WhatsApp-chat met WI Oost A1/A30 (export 28-03-2025)

[03-03-2025 06:02] Sjoerd Lammertink: Morgen allemaal. Ik rij vanaf steunpunt Deventer, A1 tot Azelo
[03-03-2025 06:04] Ilse: 👍 ik pak A30 en A50 Apeldoorn-Zuid
[03-03-2025 06:31] +31 6 48203317: Dit is Henk van de strooidienst, nieuwe telefoon. Zout staat klaar in Hengelo
[03-03-2025 06:33] Sjoerd Lammertink: Top Henk, zet ik je nummer in de lijst
[03-03-2025 07:12] Ilse: Melding VC Oost: pech vrachtwagen A1 Li hmp 95,2, ik ga erheen
[03-03-2025 07:40] Ilse: Chauffeur is een Poolse man, Krzysztof Nowak, hij spreekt geen Nederlands. Tolk geregeld
                        via de meldkamer. Berging door Van der Vlist
[03-03-2025 07:41] Sjoerd Lammertink: Goed zo. Ilse, vergeet het formulier niet voor Mirjam
[03-03-2025 09:15] Mirjam (TL): Jongens, vanmiddag overleg met ProRail over de spoorkruising bij Holten.
                        Sjoerd en Gerben, kunnen jullie?
[03-03-2025 09:17] Gerben Assink: Ik niet, ik ben bij de tandarts (wortelkanaal 😬)
[03-03-2025 09:18] Sjoerd Lammertink: Ik kom
[03-03-2025 12:50] Ilse: Foto's van de schade aan de portaal op de A1 bij Rijssen staan in Teams
[04-03-2025 05:58] Gerben Assink: Gladheid op de A35 bij Enschede-West. Henk komt strooien
[04-03-2025 06:10] Mirjam (TL): Dank! Wethouder Van Wakeren belde gisteren over de omleiding in Deventer,
                        ik heb hem teruggebeld. Burgemeester König wil ook een update.
[04-03-2025 06:12] Ilse: Ik heb Ilse Zwartjes-Bakker (mijn schoonzus) gesproken, zij werkt bij de
                        Veiligheidsregio IJsselland, ze sturen de info door
[04-03-2025 06:14] Sjoerd Lammertink: 👌
[04-03-2025 16:45] Mirjam (TL): Vergeet niet: urenbriefjes voor vrijdag naar wi.oost@rws.nl
[05-03-2025 07:20] Gerben Assink: Ilse ben jij vandaag ziek? Mirjam vroeg ernaar
[05-03-2025 07:31] Ilse: Ja, migraine. Morgen weer
[05-03-2025 07:32] Mirjam (TL): Beterschap! Gerben neemt jouw rayon over

Deelnemers: Sjoerd Lammertink (+31 6 20498731), Ilse Bakker (+31 6 51847720), Gerben Assink (+31 6 29914085),
Mirjam ten Hove-Eshuis (+31 6 43327716), Henk (+31 6 48203317)"""
    pages = chat.split("\n[04-03-2025 05:58]")
    items = [("pre", pages[0]), ("pb",), ("pre", "[04-03-2025 05:58]" + pages[1])]
    build_rl(p, items, font="DejaVuMono", size=8.5, margins=(18, 18, 14, 18), footer="WhatsApp-export",
             title="WhatsApp-chat met WI Oost A1/A30", author="")
    g.r("PERSON", "Sjoerd Lammertink", "Lammertink", "Sjoerd")
    g.r("PERSON", "Ilse Bakker", "Ilse", "Ilse Bakker")
    g.r("PHONE", "+31 6 48203317", "+31 6 48203317")
    g.r("PERSON", "Henk", "Henk")
    g.r("PERSON", "Krzysztof Nowak", "Krzysztof Nowak", "Nowak")
    g.r("PERSON", "Mirjam ten Hove-Eshuis", "Mirjam", "ten Hove-Eshuis")
    g.r("PERSON", "Gerben Assink", "Assink", "Gerben")
    g.r("HEALTH", "wortelkanaal", "wortelkanaal")
    g.r("PERSON", "Ilse Zwartjes-Bakker", "Zwartjes-Bakker")
    g.r("HEALTH", "migraine", "migraine")
    g.r("PHONE", "+31 6 20498731", "+31 6 20498731")
    g.r("PHONE", "+31 6 51847720", "+31 6 51847720")
    g.r("PHONE", "+31 6 29914085", "+31 6 29914085")
    g.r("PHONE", "+31 6 43327716", "+31 6 43327716")
    KK(g, [("ROAD", "A1"), ("ROAD", "A30"), ("ROAD", "A50"), ("PLACE", "Deventer"), ("PLACE", "Azelo"),
           ("PLACE", "Apeldoorn-Zuid"), ("PLACE", "Hengelo"), ("ORG", "VC Oost"), ("ORG", "ProRail"), ("PLACE", "Holten"),
           ("PLACE", "Rijssen"), ("ROAD", "A35"), ("PLACE", "Enschede-West"), ("OFFICE", "Van Wakeren"),
           ("OFFICE", "König"), ("ORG", "Veiligheidsregio IJsselland"), ("MAILBOX", "wi.oost@rws.nl"),
           ("ORG", "Van der Vlist"), ("PRODUCT", "WhatsApp"), ("PRODUCT", "Teams")])
    return g, p


def br13():
    """Scanned handwritten logbook of a brugwachter/weginspecteur (femkeklaver), 2 pages, image only."""
    g = Gold("br13.pdf")
    src = TMP / "br13_src.pdf"
    p1 = [("h", "Logboek steunpunt Zaandam – week 6"),
          ("p", "ma 3/2 &nbsp; 05:45 dienst begonnen, Wessel Brinkhorst + Noor Verhagen"),
          ("p", "06:20 &nbsp; melding VC: pech A8 Re hmp 3,1. Noor erheen."),
          ("p", "07:05 &nbsp; klaar, berger Hoogland ter plaatse"),
          ("p", "09:30 &nbsp; Coentunnel: lamp defect in buis 2, doorgegeven aan Pieter Kalff"),
          ("p", "11:00 &nbsp; overleg met Yvonne Baarsma (OvD) over afsluiting"),
          ("p", "14:10 &nbsp; Wessel naar huis, rugklachten"),
          ("p", "15:30 &nbsp; dienst over aan Rachid Tahiri"),
          ("p", "tel. Rachid 06 2281 9043")]
    p2 = [("h", "di 4/2"),
          ("p", "05:50 &nbsp; Rachid Tahiri + Joost Wijn"),
          ("p", "07:15 &nbsp; ongeval A10 West, 1 gewonde, Joost ter plaatse"),
          ("p", "08:40 &nbsp; gesprek met mevr. Lutgarde Peeters (Belgische"),
          ("p", "bestuurster), zij was erg overstuur"),
          ("p", "12:00 &nbsp; Yvonne Baarsma langs, rooster besproken"),
          ("p", "16:00 &nbsp; einde dienst &nbsp; paraaf JW / RT")]
    build_rl(src, p1 + [("pb",)] + p2, font="Femke", size=17, page_numbers=False, margins=(22, 18, 18, 18))
    p = DOCS_DIR / g.doc
    scan_pdf(src, p, seed=13, dpi=150, angle=0.8, noise=6, quality=60)
    # only the forms that tesseract reads in the original handwriting are probes
    for v, probes in [("Wessel Brinkhorst", ("Wessel",)), ("Noor Verhagen", ("Verhagen", "Noor")),
                      ("Pieter Kalff", ("Pieter",)), ("Yvonne Baarsma", ("Baarsma", "Yvonne")),
                      ("Rachid Tahiri", ("Rachid",)), ("Joost Wijn", ("Wijn", "Joost")),
                      ("Lutgarde Peeters", ("Peeters", "Lutgarde"))]:
        g.r("PERSON", v, *probes, ch="ocr")
    g.r("PHONE", "06 2281 9043", "9043", ch="ocr")
    g.r("HEALTH", "rugklachten", "rugklachten", ch="ocr")
    return g, p


def br14():
    """Concept-Kamerbrief minister IenW with comments (annotations) and paraph list; DejaVuSerif, 2 pages."""
    g = Gold("br14.pdf")
    p = DOCS_DIR / g.doc
    side = [("Ministerie van Infrastructuur", True), ("en Waterstaat", True), ("", False), ("Rijnstraat 8", False),
            ("2515 XP Den Haag", False), ("Postbus 20901", False), ("2500 EX Den Haag", False), ("", False),
            ("Kenmerk", True), ("IENW/BSK-2025/88412", False), ("", False), ("Bijlage(n)", True), ("1", False)]
    items = [
        ("right", "CONCEPT v0.4 – 14 mei 2025"),
        ("sp", 16),
        ("p", "De voorzitter van de Tweede Kamer<br/>der Staten-Generaal<br/>Postbus 20018<br/>2500 EA Den Haag"),
        ("sp", 8),
        ("p", "Datum &nbsp; mei 2025<br/>Betreft &nbsp; Voortgang Incident Management en verkeersveiligheid op rijkswegen"),
        ("p", "Geachte voorzitter,"),
        ("p", "Tijdens het commissiedebat Mobiliteit van 10 april 2025 heb ik het lid Grinwis (ChristenUnie) en "
              "het lid De Hoop (GroenLinks-PvdA) toegezegd u te informeren over de aanrijtijden van weginspecteurs "
              "en bergers. Met deze brief doe ik die toezegging gestand, mede namens de staatssecretaris van "
              "Infrastructuur en Waterstaat, de heer Jansen."),
        ("p", "In 2024 lag de gemiddelde aanrijtijd van Rijkswaterstaat op 13 minuten. De Directeur-Generaal "
              "Rijkswaterstaat, de heer Wijnen, heeft de Stichting Incident Management Nederland gevraagd met "
              "de bergingsbranche afspraken te maken. Het Convenant Incident Management loopt tot 2027."),
        ("p", "Het incident op de A12 bij Bunnik van 14 januari 2025 laat zien dat bergers in de spits te laat "
              "komen. Ik laat onderzoeken of het Programma Aanpak Files en de Landelijke Verkeersveiligheidsmonitor "
              "(SWOV) hierin kunnen helpen."),
        ("p", "De Minister van Infrastructuur en Waterstaat,<br/><br/>Barry Madlener"),
        ("pb",),
        ("h2", "Paraafblad (intern, niet meezenden)"),
        ("t", [["Naam", "Functie / directie", "Paraaf", "Datum"],
               ["drs. Koen Wesselingh", "beleidsmedewerker DGMo / Wegen en Verkeersveiligheid", "KW", "12-05"],
               ["Yasmina Achahbar-Mulder", "coördinator Kamerstukken BSK", "YA", "13-05"],
               ["mr. H.W. (Hein) Schuurman", "afdelingshoofd Wegen", "HWS", "13-05"],
               ["ir. Ingeborg VAN DER SCHAAF", "plv. directeur DGMo", "IvdS", "14-05"]],
         [48 * mm, 72 * mm, 18 * mm, 20 * mm]),
        ("sp", 8),
        ("p", "Contact voor vragen over deze concept-brief: Koen Wesselingh, 06-19243770, "
              "koen.wesselingh@minienw.nl; Kamerstukken: kamerstukken@minienw.nl."),
    ]
    build_rl(p, items, font="DejaVuSerif", size=10, side=side, side_w=50, logo="",
             footer="CONCEPT – niet verspreiden", title="Concept Kamerbrief Incident Management",
             author="Wesselingh, K.")
    add_annots(p, [
        {"page": 0, "rect": [300, 520, 318, 538], "author": "Achahbar-Mulder, Yasmina",
         "contents": "Toezegging nummer checken in de TZ-lijst (Yasmina)."},
        {"page": 0, "rect": [300, 440, 318, 458], "author": "Schuurman, Hein",
         "contents": "Bunnik-casus liever niet noemen, betrokkene (Hoogendoorn) is herkenbaar voor de regio."},
    ])
    set_meta(p, xmp_creator="Koen Wesselingh")
    g.r("PERSON", "Koen Wesselingh", "Wesselingh", "Koen", "KW")
    g.r("PERSON", "Yasmina Achahbar-Mulder", "Achahbar-Mulder", "Yasmina", "YA")
    g.r("PERSON", "H.W. (Hein) Schuurman", "Schuurman", "Hein", "HWS")
    g.r("PERSON", "Ingeborg van der Schaaf", "VAN DER SCHAAF", "Ingeborg", "IvdS")
    g.r("PHONE", "06-19243770", "06-19243770")
    g.r("EMAIL", "koen.wesselingh@minienw.nl", "koen.wesselingh@minienw.nl")
    g.r("PERSON", "Hoogendoorn (comment)", "Hoogendoorn", ch="annotations")
    g.r("PERSON", "Achahbar-Mulder, Yasmina (comment author)", "Achahbar-Mulder, Yasmina", ch="annotations")
    g.r("PERSON", "Schuurman, Hein (comment author)", "Schuurman, Hein", ch="annotations")
    KK(g, [("ORG", "Ministerie van Infrastructuur en Waterstaat"), ("ADDR_ORG", "Rijnstraat 8"),
           ("REF", "IENW/BSK-2025/88412"), ("ORG", "Tweede Kamer"), ("OFFICE", "Grinwis"), ("OFFICE", "De Hoop"),
           ("ORG", "ChristenUnie"), ("ORG", "GroenLinks-PvdA"), ("OFFICE", "Jansen"), ("OFFICE", "Wijnen"),
           ("OFFICE", "Barry Madlener"), ("ORG", "Rijkswaterstaat"), ("ORG", "Stichting Incident Management Nederland"),
           ("LAW", "Convenant Incident Management"), ("ROAD", "A12"), ("PROG", "Programma Aanpak Files"),
           ("PROG", "Landelijke Verkeersveiligheidsmonitor"), ("ORG", "SWOV"), ("MAILBOX", "kamerstukken@minienw.nl"),
           ("FUNC", "afdelingshoofd Wegen"), ("FUNC", "coördinator Kamerstukken"), ("ORG", "DGMo"),
           ("ADDR_ORG", "Postbus 20901"), ("DATE", "10 april 2025")])
    return g, p


def br15():
    """Woo-besluit Rijkswaterstaat with inventory, LibSans, 3 pages."""
    g = Gold("br15.pdf")
    p = DOCS_DIR / g.doc
    side = [("Rijkswaterstaat", True), ("Corporate Dienst", False), ("Woo-team", False), ("", False),
            ("Griffioenlaan 2", False), ("3526 LA Utrecht", False), ("Postbus 2232", False), ("3500 GE Utrecht", False),
            ("T 0800 8002", False), ("woo@rws.nl", False), ("", False), ("Contactpersoon", True),
            ("mr. drs. C.A. (Claartje)", False), ("Beukers-Ramdin", False), ("jurist Woo", False),
            ("T 06 1738 2260", False), ("", False), ("Ons kenmerk", True), ("RWS-WOO-2025/0311", False)]
    inv = [["Nr.", "Document", "Datum", "Beoordeling", "Grond", "Opmerking"],
           ["1", "Verzoek Woo (ingekomen)", "03-02-2025", "deels openbaar", "5.1.2e", "gegevens verzoeker"],
           ["2", "Planning renovatie Van Brienenoordbrug v3", "15-01-2025", "openbaar", "-", ""],
           ["3", "Verslag bouwvergadering 7", "20-01-2025", "deels openbaar", "5.1.2e, 5.1.1c", "prijzen Heijmans"],
           ["4", "E-mail RWS-PPO aan Heijmans", "13-03-2025", "deels openbaar", "5.1.2e", ""],
           ["5", "E-mail Heijmans aan RWS-PPO", "13-03-2025", "deels openbaar", "5.1.2e", ""],
           ["6", "Memo hinderbeperking (intern)", "24-02-2025", "deels openbaar", "5.1.2e, 5.2.1", "persoonlijke beleidsopvattingen"],
           ["7", "Rapport keuring bewegingswerk Lloyd's Register", "22-03-2025", "niet openbaar", "5.1.1c", "bedrijfsgegevens"],
           ["8", "Kamerbrief Incident Management", "20-05-2025", "reeds openbaar", "-", "Kamerstuk 29398"],
           ["9", "Communicatieplan afsluiting", "01-03-2025", "openbaar", "-", ""],
           ["10", "WhatsApp omgevingsmanagers", "10-03-2025", "deels openbaar", "5.1.2e", ""]]
    items = [
        ("sp", 24),
        ("p", "Aangetekend<br/>Stichting Brugwachter Rotterdam-Oost<br/>t.a.v. de heer T.F. (Thom) Hagenaars<br/>"
              "Slotboomstraat 19A<br/>3073 PK Rotterdam"),
        ("sp", 10),
        ("p", "Datum: 16 juni 2025<br/>Onderwerp: Besluit op uw Woo-verzoek over de renovatie van de Van Brienenoordbrug"),
        ("p", "Geachte heer Hagenaars,"),
        ("p", "In uw e-mail van 3 februari 2025 (t.hagenaars@brugwachter-oost.nl) heeft u op grond van de Wet open "
              "overheid (Woo) gevraagd om documenten over de planning van de renovatie van de Van Brienenoordbrug. "
              "Wij hebben tien documenten gevonden. Hieronder leest u ons besluit."),
        ("h2", "Besluit"),
        ("p", "Ik maak de documenten gedeeltelijk openbaar. Persoonsgegevens van medewerkers van Rijkswaterstaat en "
              "van Heijmans Infra zijn gelakt op grond van artikel 5.1, tweede lid, aanhef en onder e, van de Woo. "
              "Namen van de minister en de Directeur-Generaal Rijkswaterstaat zijn niet gelakt. Bedrijfsgegevens "
              "zijn gelakt op grond van artikel 5.1, eerste lid, onder c. Document 7 is niet openbaar."),
        ("p", "Zienswijze: Heijmans Infra B.V. is in de gelegenheid gesteld een zienswijze te geven (artikel 4.4 Woo) "
              "en heeft dat op 30 mei 2025 gedaan, via haar jurist mevrouw Dionne Schellekens."),
        ("pb",),
        ("h2", "Inventarislijst"),
        ("t", inv, [10 * mm, 62 * mm, 22 * mm, 26 * mm, 24 * mm, 34 * mm]),
        ("sp", 10),
        ("p", "Bezwaar: binnen zes weken bij de Minister van Infrastructuur en Waterstaat, via woo@rws.nl. "
              "De documenten worden gepubliceerd op open.overheid.nl."),
        ("p", "Hoogachtend,<br/>de Minister van Infrastructuur en Waterstaat,<br/>namens deze,<br/>"
              "het hoofd Woo-team Rijkswaterstaat,<br/><br/>Maurits Tjon-A-Fong"),
    ]
    build_rl(p, items, font="LibSans", size=9.5, side=side, side_w=50, logo="Rijkswaterstaat",
             footer="RWS-WOO-2025/0311", title="Besluit Woo-verzoek RWS-WOO-2025/0311", author="Beukers-Ramdin, C.A.")
    set_meta(p, author="Beukers-Ramdin, C.A.")
    g.r("PERSON", "Claartje Beukers-Ramdin", "Beukers-Ramdin", "Claartje")
    g.r("PHONE", "06 1738 2260", "06 1738 2260")
    g.r("PERSON", "T.F. (Thom) Hagenaars", "Hagenaars", "Thom")
    g.r("ADDRESS", "Slotboomstraat 19A, 3073 PK", "Slotboomstraat 19A", "3073 PK")
    g.r("EMAIL", "t.hagenaars@brugwachter-oost.nl", "t.hagenaars@brugwachter-oost.nl")
    g.r("PERSON", "Dionne Schellekens", "Schellekens", "Dionne")
    g.r("PERSON", "Maurits Tjon-A-Fong", "Tjon-A-Fong", "Maurits")
    KK(g, [("ORG", "Rijkswaterstaat"), ("ADDR_ORG", "Griffioenlaan 2"), ("MAILBOX", "woo@rws.nl"), ("PHONE_SW", "0800 8002"),
           ("REF", "RWS-WOO-2025/0311"), ("ORG", "Stichting Brugwachter Rotterdam-Oost"), ("STRUCT", "Van Brienenoordbrug"),
           ("LAW", "Wet open overheid"), ("ORG", "Heijmans Infra"), ("ORG", "Lloyd's Register"), ("GROUND", "5.1.2e"),
           ("GROUND", "5.1.1c"), ("GROUND", "5.2.1"), ("WEB", "open.overheid.nl"), ("REF", "Kamerstuk 29398"),
           ("FUNC", "Minister van Infrastructuur en Waterstaat"), ("FUNC", "Directeur-Generaal Rijkswaterstaat"),
           ("TERM", "deels openbaar"), ("TERM", "niet openbaar"), ("DATE", "16 juni 2025"), ("FUNC", "jurist Woo")])
    return g, p


def br16():
    """Beslisnota to DG Rijkswaterstaat with side column, paraph table, hidden mailto link; Helvetica, 2 pages."""
    g = Gold("br16.pdf")
    p = DOCS_DIR / g.doc
    side = [("Rijkswaterstaat", True), ("Verkeers- en", False), ("Watermanagement (VWM)", False), ("", False),
            ("Contactpersoon", True), ("Lucas", False), ("Hendriks-Bouwmeester", False), ("strategisch adviseur IM", False),
            ("M 06-58302261", False), ("", False), ("Datum", True), ("4 maart 2025", False), ("", False),
            ("Kenmerk", True), ("RWS-VWM/2025-1187", False), ("", False), ("Kopie aan", True), ("HID VWM", False)]
    items = [
        ("h", "Beslisnota"),
        ("p", "<b>Aan:</b> de Directeur-Generaal Rijkswaterstaat, de heer ir. M. Wijnen<br/>"
              "<b>Van:</b> Lucas Hendriks-Bouwmeester, VWM<br/>"
              "<b>Onderwerp:</b> verlenging raamcontract bergingen Incident Management 2025-2027"),
        ("h2", "Aanleiding"),
        ("p", "Het raamcontract met de regionale bergers (via de SIMN) loopt op 1 juli 2025 af. De Tweede Kamer "
              "(motie-Grinwis, Kamerstuk 29398, nr. 1102) vraagt om snellere berging in de spits."),
        ("h2", "Geadviseerd besluit"),
        ("p", "Aan de DG wordt gevraagd in te stemmen met verlenging tot 1 juli 2027 met een bonus-malusregeling "
              "voor aanrijtijden. Kosten: € 4,2 miljoen per jaar, gedekt uit het Mobiliteitsfonds."),
        ("h2", "Kern"),
        ("p", "Uit het incident op de A12 (14 januari 2025) blijkt dat een berger 27 minuten nodig had. De "
              "bergingsbranche (Bovag, afdeling Bergers) staat open voor een malus. Wethouder Eerenberg "
              "(Utrecht) vraagt aandacht voor de Ring Utrecht."),
        ("h2", "Krachtenveld"),
        ("p", "ANWB en TLN steunen de verlenging. Het ministerie (DGMo) is akkoord. Collega Jeroen Abbenhuis "
              "(Inkoop) heeft het aanbestedingsrecht getoetst (Aanbestedingswet 2012)."),
        ("pb",),
        ("h2", "Paraaflijst"),
        ("t", [["Naam", "Functie", "Paraaf", "Datum"],
               ["L. Hendriks-Bouwmeester", "strategisch adviseur IM", "LHB", "28-02"],
               ["J.P. Abbenhuis", "senior inkoopadviseur", "JPA", "01-03"],
               ["M.C. de Jong-van Ommeren", "afdelingshoofd VWM Landelijk", "MdJ", "03-03"],
               ["A. (Aylin) Çelik", "Hoofdingenieur-directeur VWM (HID)", "AK", "04-03"]],
         [50 * mm, 70 * mm, 20 * mm, 20 * mm]),
        ("h2", "Informatie die niet openbaar gemaakt kan worden"),
        ("p", "Bedrijfsgegevens van bergers (tarieven) in bijlage 2."),
        ("sp", 6),
        ("p", "Vragen? Mail de contactpersoon of het secretariaat: secretariaat.vwm@rws.nl."),
    ]
    build_rl(p, items, font="Helvetica", size=10, side=side, side_w=48, logo="Rijkswaterstaat",
             footer="RWS-VWM/2025-1187", title="Beslisnota verlenging raamcontract bergingen", author="Rijkswaterstaat")
    add_annots(p, [{"page": 1, "subtype": "Link", "rect": [70, 130, 250, 145],
                    "uri": "mailto:lucas.hendriks-bouwmeester@rws.nl"}])
    g.r("PERSON", "Lucas Hendriks-Bouwmeester", "Hendriks-Bouwmeester", "Lucas", "LHB")
    g.r("PHONE", "06-58302261", "06-58302261")
    g.r("PERSON", "Jeroen Abbenhuis", "Abbenhuis", "Jeroen", "JPA")
    g.r("PERSON", "M.C. de Jong-van Ommeren", "de Jong-van Ommeren", "MdJ")
    g.r("PERSON", "Aylin Çelik", "Çelik", "Aylin")
    g.r("EMAIL", "lucas.hendriks-bouwmeester@rws.nl (mailto link)", "lucas.hendriks-bouwmeester@rws.nl", ch="annotations")
    KK(g, [("OFFICE", "Wijnen"), ("ORG", "Rijkswaterstaat"), ("ORG", "SIMN"), ("OFFICE", "Grinwis"),
           ("REF", "Kamerstuk 29398"), ("LAW", "Mobiliteitsfonds"), ("ROAD", "A12"), ("ORG", "Bovag"),
           ("OFFICE", "Eerenberg"), ("PROG", "Ring Utrecht"), ("ORG", "ANWB"), ("ORG", "TLN"), ("ORG", "DGMo"),
           ("LAW", "Aanbestedingswet 2012"), ("REF", "RWS-VWM/2025-1187"), ("MAILBOX", "secretariaat.vwm@rws.nl"),
           ("FUNC", "strategisch adviseur IM"), ("FUNC", "senior inkoopadviseur"), ("ORG", "Tweede Kamer"),
           ("FUNC", "Directeur-Generaal Rijkswaterstaat"), ("DATE", "4 maart 2025")])
    return g, p


def br17():
    """ILT rapport van bevindingen rij- en rusttijden (tachograaf), Courier + Helvetica table, 2 pages."""
    g = Gold("br17.pdf")
    p = DOCS_DIR / g.doc
    items = [
        ("h", "RAPPORT VAN BEVINDINGEN"),
        ("p", "Inspectie Leefomgeving en Transport – Domein Transport – Team Wegvervoer<br/>"
              "Nummer rapport: ILT-WV-2025-0671 &nbsp; Bedrijfsbezoek: 25 maart 2025"),
        ("p", "Betreft: Transportbedrijf Wolters &amp; Zn. B.V., Industrieweg 12, 7741 KJ Coevorden "
              "(vergunning communautair vervoer NIWO 48712)."),
        ("p", "Ik, verbalisant Marieke Sleumer, buitengewoon opsporingsambtenaar (BOA) van de ILT, verklaar het "
              "volgende. Ik heb de digitale tachograafgegevens van de periode 1 januari tot en met 28 februari 2025 "
              "uitgelezen. In aanwezigheid van de planner, de heer Roelof Wolters (mede-eigenaar), zijn de "
              "overtredingen besproken."),
        ("t", [["Chauffeur", "Bestuurderskaart", "Overtreding (Vo. (EG) 561/2006)", "Aantal"],
               ["Gerrit Hendrik BOEKHOLT", "NL-D 00019927431", "dagelijkse rusttijd te kort (art. 8)", "6"],
               ["Paweł Zieliński", "PL-D 48120073", "rijtijd > 10 uur (art. 6)", "3"],
               ["Jannes Lubbers", "NL-D 00021184590", "geen handmatige invoer (art. 34 Vo. 165/2014)", "2"],
               ["Diana Moldovan", "RO-D 71004482", "wekelijkse rust in cabine (art. 8 lid 8)", "4"]],
         [50 * mm, 38 * mm, 62 * mm, 15 * mm]),
        ("sp", 6),
        ("p", "De heer Boekholt verklaarde desgevraagd: 'Ik rij liever door, want ik heb schulden en heb het geld "
              "nodig.' Mevrouw Moldovan verklaarde dat zij geen hotel kreeg vergoed. De planner, Wolters, "
              "erkende de feiten."),
        ("pb",),
        ("p", "De overtredingen zijn beboetbaar op grond van de Wet wegvervoer goederen en het Besluit "
              "bestuurlijke boete ILT. Het rapport wordt gezonden aan het Bureau Bestuurlijke Boete (BBB) van de ILT."),
        ("p", "Waarvan door mij, Sleumer, op ambtseed is opgemaakt dit rapport, gesloten en ondertekend te Utrecht "
              "op 31 maart 2025."),
        ("p", "M. Sleumer, BOA-nummer 4470-118<br/>Team Wegvervoer, e-mail m.sleumer@ilent.nl<br/>"
              "Algemeen: 088 489 00 00 / wegvervoer@ilent.nl"),
    ]
    build_rl(p, items, font="DejaVuMono", size=9.5, footer="ILT-WV-2025-0671", title="Rapport van bevindingen",
             author="Sleumer")
    g.r("PERSON", "Marieke Sleumer", "Sleumer", "Marieke")
    g.r("PERSON", "Roelof Wolters", "Roelof Wolters", "Roelof")
    g.r("PERSON", "Gerrit Hendrik Boekholt", "BOEKHOLT", "Boekholt", "Gerrit Hendrik")
    g.r("ID", "NL-D 00019927431", "00019927431")
    g.r("PERSON", "Paweł Zieliński", "Paweł Zieliński")
    g.r("ID", "PL-D 48120073", "48120073")
    g.r("PERSON", "Jannes Lubbers", "Lubbers", "Jannes")
    g.r("ID", "NL-D 00021184590", "00021184590")
    g.r("PERSON", "Diana Moldovan", "Moldovan", "Diana")
    g.r("ID", "RO-D 71004482", "71004482")
    g.r("FINANCIAL", "schulden", "ik heb schulden")
    g.r("ID", "BOA-nummer 4470-118", "4470-118")
    g.r("EMAIL", "m.sleumer@ilent.nl", "m.sleumer@ilent.nl")
    KK(g, [("ORG", "Inspectie Leefomgeving en Transport"), ("REF", "ILT-WV-2025-0671"), ("ORG", "Transportbedrijf Wolters & Zn. B.V."),
           ("PLACE", "Coevorden"), ("ORG", "NIWO"), ("LAW", "(EG) 561/2006"), ("LAW", "Wet wegvervoer goederen"),
           ("LAW", "Besluit bestuurlijke boete ILT"), ("ORG", "Bureau Bestuurlijke Boete"), ("MAILBOX", "wegvervoer@ilent.nl"),
           ("PHONE_SW", "088 489 00 00"), ("ORG", "Team Wegvervoer"), ("FUNC", "buitengewoon opsporingsambtenaar"),
           ("ADDR_ORG", "Industrieweg 12"), ("DATE", "25 maart 2025")])
    return g, p


def br18():
    """Scanned typed letter from a resident about a wind turbine / N-road, with handwritten signature; image only."""
    g = Gold("br18.pdf")
    src = TMP / "br18_src.pdf"
    items = [
        ("p", "J.H. Oosterveld-Smit<br/>Hooiweg 7<br/>9341 PJ Veenhuizen<br/>tel. 0592 38 77 12"),
        ("sp", 12),
        ("p", "Aan Gedeputeerde Staten van Drenthe<br/>Postbus 122<br/>9400 AC Assen"),
        ("sp", 8),
        ("p", "Veenhuizen, 2 maart 2025"),
        ("p", "Betreft: bezwaar tegen verlegging N919 en windpark De Drentse Monden"),
        ("p", "Geachte gedeputeerde Stapelkamp,"),
        ("p", "Hierbij maak ik bezwaar tegen het besluit om de N919 langs mijn erf te verleggen. Mijn man "
              "Harm Oosterveld is sinds zijn beroerte rolstoelgebonden en de nieuwe weg maakt onze uitrit "
              "onveilig. Ook de slagschaduw van de windturbines is onverdraaglijk. Mijn buurman, "
              "de heer Egbert Nijdam, sluit zich bij dit bezwaar aan."),
        ("p", "Ik verzoek u mij te horen. Mijn e-mail is jh.oosterveld@planet.nl."),
        ("p", "Hoogachtend,"),
        ("sp", 30),
        ("p", "J.H. Oosterveld-Smit"),
    ]

    def sig(c, d):
        c.setFont("Femke", 26)
        c.drawString(30 * mm, 75 * mm, "JOosterveld")

    build_rl(src, items, font="Times-Roman", size=12, page_numbers=False, on_first=sig)
    p = DOCS_DIR / g.doc
    scan_pdf(src, p, seed=18, dpi=150, angle=1.1, noise=8, quality=50)
    g.r("PERSON", "J.H. Oosterveld-Smit", "Oosterveld-Smit", ch="ocr")
    g.r("ADDRESS", "Hooiweg 7", "Hooiweg 7", "9341 PJ", ch="ocr")
    g.r("PHONE", "0592 38 77 12", "38 77 12", ch="ocr")
    g.r("PERSON", "Harm Oosterveld", "Harm", ch="ocr")
    g.r("HEALTH", "beroerte", "beroerte", "rolstoelgebonden", ch="ocr")
    g.r("PERSON", "Egbert Nijdam", "Nijdam", "Egbert", ch="ocr")
    g.r("EMAIL", "jh.oosterveld@planet.nl", "oosterveld@planet.nl", ch="ocr")
    return g, p


def br19():
    """Scanned ILT proces-verbaal (taxi control at Schiphol), Courier; image only."""
    g = Gold("br19.pdf")
    src = TMP / "br19_src.pdf"
    items = [
        ("h", "PROCES-VERBAAL VAN BEVINDINGEN"),
        ("p", "Proces-verbaalnummer: PL-ILT-2025-33190"),
        ("p", "Ik, verbalisant Dennis Hoefnagel, BOA bij de Inspectie Leefomgeving en Transport, verklaar:"),
        ("p", "Op woensdag 9 april 2025 omstreeks 14:20 uur controleerde ik op de taxistandplaats van "
              "Schiphol Plaza een taxi met kenteken GX-417-N. De bestuurder bleek te zijn:"),
        ("p", "Naam: ABDELKADER, Youssef<br/>Geboren: 12-11-1990 te Tanger<br/>Adres: Bijlmerdreef 1077<br/>"
              "Chauffeurskaart: 8801234567"),
        ("p", "De bestuurder had geen geldige boordcomputer taxi (BCT) ingelogd. Hij verklaarde: "
              "'Mijn collega Hamid Benali heeft de kaart.' De rit werd geboekt via Uber."),
        ("p", "Op ambtseed opgemaakt te Schiphol, 9 april 2025.<br/>D. Hoefnagel, BOA-nr 5512-207"),
    ]
    build_rl(src, items, font="Courier", size=11, page_numbers=False)
    p = DOCS_DIR / g.doc
    scan_pdf(src, p, seed=19, dpi=150, angle=0.5, noise=6, quality=55)
    g.r("PERSON", "Dennis Hoefnagel", "Hoefnagel", ch="ocr")
    g.r("LICENCE_PLATE", "GX-417-N", "GX-417-N", ch="ocr")
    g.r("PERSON", "Youssef Abdelkader", "ABDELKADER", ch="ocr")
    g.r("DOB", "12-11-1990", "12-11-1990", ch="ocr")
    g.r("ADDRESS", "Bijlmerdreef 1077", "Bijlmerdreef 1077", ch="ocr")
    g.r("ID", "8801234567", "8801234567", ch="ocr")
    g.r("PERSON", "Hamid Benali", "Benali", ch="ocr")
    g.r("ID", "5512-207", "5512-207", ch="ocr")
    return g, p


def br20():
    """Verslag omgevingsoverleg A27 Houten-Hooipolder, docx via LibreOffice, attendees table, 2 pages."""
    from docx import Document
    from docx.shared import Pt
    g = Gold("br20.pdf")
    d = Document()
    d.styles["Normal"].font.name = "DejaVu Sans"
    d.styles["Normal"].font.size = Pt(9.5)
    d.sections[0].header.paragraphs[0].text = "Rijkswaterstaat Midden-Nederland  –  Project A27 Houten – Hooipolder"
    d.sections[0].footer.paragraphs[0].text = "Verslag klankbordgroep Lexmond  |  versie definitief"
    d.add_heading("Verslag klankbordgroep Lexmond – 3e bijeenkomst", level=1)
    d.add_paragraph("Datum: dinsdag 18 februari 2025, 19:30 – 21:45 uur\nLocatie: Dorpshuis De Hoeve, Lexmond")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Aanwezig", "Namens", "Rol"]):
        c.text = h
    for row in [["Maria van Asperen", "Rijkswaterstaat", "omgevingsmanager (voorzitter)"],
                ["Thomas Blokland", "Rijkswaterstaat", "technisch manager"],
                ["Jan Kees den Hartog", "bewoner Lakerveld", "lid klankbordgroep"],
                ["Wilma Verhoef-Oskam", "Dorpsraad Lexmond", "lid klankbordgroep"],
                ["Sander Verwoerd", "bewoner Zouweboezem", "lid klankbordgroep"],
                ["Anne-Fleur Mastenbroek", "Combinatie A27 (BAM / Boskalis)", "omgevingsmanager aannemer"],
                ["wethouder Jaap Verhoef", "gemeente Vijfheerenlanden", "toehoorder"],
                ["Chantal de Ruiter", "notulist (inhuur)", ""]]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    d.add_paragraph("")
    d.add_heading("1. Opening en mededelingen", level=2)
    d.add_paragraph("Maria opent de vergadering. Wethouder Verhoef meldt dat de gemeenteraad van Vijfheerenlanden "
                    "op 11 maart over de geluidsschermen spreekt. (Mevrouw Verhoef-Oskam is geen familie van de "
                    "wethouder, benadrukt zij.)")
    d.add_heading("2. Geluid en trillingen", level=2)
    d.add_paragraph("Jan Kees vraagt waarom het geluidsscherm bij de Lakerveld niet doorloopt tot de brug over de "
                    "Lek. Thomas legt uit dat het Tracébesluit A27 Houten – Hooipolder daar geen scherm voorschrijft. "
                    "De heer Verwoerd meldt scheuren in zijn woning aan de Zouwendijk 14 door heiwerk; "
                    "mevrouw Mastenbroek zegt een schade-expert (Arcadis) langs te sturen.")
    d.add_heading("3. Nieuwe Lekbrug en omleidingen", level=2)
    d.add_paragraph("De Combinatie A27 plaatst in april het eerste brugdeel. De N484 wordt dan 3 weekenden "
                    "afgesloten. Informatie via a27houtenhooipolder@rws.nl en de BouwApp.")
    d.add_heading("4. Rondvraag en actiepunten", level=2)
    t2 = d.add_table(rows=1, cols=3)
    t2.style = "Table Grid"
    for c, h in zip(t2.rows[0].cells, ["Nr.", "Actie", "Wie"]):
        c.text = h
    for row in [["3.1", "Schade-expert naar Zouwendijk", "Anne-Fleur"], ["3.2", "Geluidsmetingen delen", "Thomas"],
                ["3.3", "Uitnodiging informatieavond", "Maria / Chantal"]]:
        cells = t2.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    d.add_paragraph("\nVolgende bijeenkomst: 20 mei 2025. Verslag: C. de Ruiter (MdR-notuleerservice), "
                    "c.deruiter@mdr-notulen.nl, 06-24418870.")
    src = TMP / "br20.docx"
    d.core_properties.author = "Chantal de Ruiter"
    d.save(src)
    g.r("PERSON", "Maria van Asperen", "van Asperen", "Maria")
    g.r("PERSON", "Thomas Blokland", "Blokland", "Thomas")
    g.r("PERSON", "Jan Kees den Hartog", "den Hartog", "Jan Kees")
    g.r("PERSON", "Wilma Verhoef-Oskam", "Verhoef-Oskam", "Wilma")
    g.r("PERSON", "Sander Verwoerd", "Verwoerd", "Sander")
    g.r("ADDRESS", "Zouwendijk 14", "Zouwendijk 14")
    g.r("PERSON", "Anne-Fleur Mastenbroek", "Mastenbroek", "Anne-Fleur")
    g.r("PERSON", "Chantal de Ruiter", "de Ruiter", "Chantal", "C. de Ruiter")
    g.r("EMAIL", "c.deruiter@mdr-notulen.nl", "c.deruiter@mdr-notulen.nl")
    g.r("PHONE", "06-24418870", "06-24418870")
    KK(g, [("ORG", "Rijkswaterstaat"), ("ROAD", "A27"), ("PLACE", "Lexmond"), ("PLACE", "Lakerveld"),
           ("PLACE", "Zouweboezem"), ("ORG", "Dorpsraad Lexmond"), ("ORG", "Combinatie A27"), ("ORG", "BAM"),
           ("ORG", "Boskalis"), ("OFFICE", "Jaap Verhoef"), ("OFFICE", "Wethouder Verhoef"), ("PLACE", "Vijfheerenlanden"),
           ("LAW", "Tracébesluit A27 Houten – Hooipolder"), ("ORG", "Arcadis"), ("STRUCT", "Lekbrug"), ("ROAD", "N484"),
           ("MAILBOX", "a27houtenhooipolder@rws.nl"), ("FUNC", "omgevingsmanager"), ("PLACE", "Lek"),
           ("PLACE", "Dorpshuis De Hoeve"), ("DATE", "18 februari 2025")])
    return g, ("docx", src)


DOCS = [br11, br12, br13, br14, br15, br16, br17, br18, br19, br20]
