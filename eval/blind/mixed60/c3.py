"""Documents br21-br30 of set BR."""
from kit import A4, landscape, mm, DOCS_DIR, TMP, Gold, KK, build_rl, set_meta, add_outline, add_annots, scan_pdf


def br21():
    """Outlook meeting invitation printout (attendees with e-mail addresses), Carlito."""
    g = Gold("br21.pdf")
    p = DOCS_DIR / g.doc
    items = [
        ("pre", "Van:              Lammers, Saskia (RWS-WVL)\n"
                "Verplicht:        Visser, Frank (RWS-ON); Okonkwo, Chidi (RWS-WVL); ProRail - Van Egmond, Niels;\n"
                "                  Aalders-Tuinstra, G.M. (ILT); secretariaat.dgmo@minienw.nl\n"
                "Optioneel:        de Groot, Pim (Provincie Overijssel); Bosman, Lieke (RWS-CD Communicatie)\n"
                "Onderwerp:        Afstemming spoor-wegkruisingen N-wegen en A-wegen – Programma Landelijk\n"
                "                  Verbeterprogramma Overwegen (LVO)\n"
                "Locatie:          Teams / Griffioenlaan 2 Utrecht, zaal 4.17 'Lely'\n"
                "Begin:            dinsdag 11 maart 2025 10:00\n"
                "Einde:            dinsdag 11 maart 2025 11:30\n"
                "Herhaling:        (geen)\n"
                "Status vergadering: Geaccepteerd"),
        ("sp", 10),
        ("p", "Beste allen,"),
        ("p", "Na de aanrijding op de overweg bij Wierden (N347) wil staatssecretaris Jansen vóór het zomerreces "
              "een voortgangsbrief over het LVO sturen. Ik stel voor dat Frank de stand van de N-wegen in Oost-Nederland "
              "toelicht, Niels de planning van ProRail en mevrouw Aalders-Tuinstra de toezichtsbevindingen van de ILT."),
        ("p", "Agenda: 1. Stand van zaken LVO (ProRail) 2. Kruisingen Rijkswaterstaat 3. Rol provincie (gedeputeerde "
              "Zoet? – Pim checkt) 4. Communicatie (Lieke) 5. Rondvraag."),
        ("p", "Aanmelden voor de fysieke zaal via de Servicedesk Facilitair (facilitair@rws.nl)."),
        ("p", "Groet, Saskia<br/>Saskia Lammers | adviseur spoorkruisingen | Rijkswaterstaat Water, Verkeer en "
              "Leefomgeving (WVL) | Lelystad | 06-30947751 | saskia.lammers@rws.nl"),
        ("sp", 8),
        ("small", "Deelnemers (e-mail): frank.visser@rws.nl; chidi.okonkwo@rws.nl; niels.vanegmond@prorail.nl; "
                  "gm.aalders-tuinstra@ilent.nl; p.degroot@overijssel.nl; lieke.bosman@rws.nl"),
    ]
    build_rl(p, items, font="Carlito", size=10.5, page_numbers=False, title="Afstemming spoor-wegkruisingen",
             author="Lammers, Saskia")
    g.r("PERSON", "Saskia Lammers", "Lammers", "Saskia")
    g.r("PERSON", "Frank Visser", "Visser, Frank", "Frank")
    g.r("PERSON", "Chidi Okonkwo", "Okonkwo", "Chidi")
    g.r("PERSON", "Niels van Egmond", "Van Egmond", "Niels")
    g.r("PERSON", "G.M. Aalders-Tuinstra", "Aalders-Tuinstra")
    g.r("PERSON", "Pim de Groot", "de Groot, Pim", "Pim")
    g.r("PERSON", "Lieke Bosman", "Bosman", "Lieke")
    g.r("PHONE", "06-30947751", "06-30947751")
    for e in ["saskia.lammers@rws.nl", "frank.visser@rws.nl", "chidi.okonkwo@rws.nl", "niels.vanegmond@prorail.nl",
              "gm.aalders-tuinstra@ilent.nl", "p.degroot@overijssel.nl", "lieke.bosman@rws.nl"]:
        g.r("EMAIL", e, e)
    KK(g, [("MAILBOX", "secretariaat.dgmo@minienw.nl"), ("ORG", "ProRail"), ("ORG", "Provincie Overijssel"),
           ("PROG", "Landelijk Verbeterprogramma Overwegen"), ("PROG", "LVO"), ("ADDR_ORG", "Griffioenlaan 2"),
           ("PLACE", "Wierden"), ("ROAD", "N347"), ("OFFICE", "Jansen"), ("OFFICE", "Zoet"),
           ("MAILBOX", "facilitair@rws.nl"), ("ORG", "Rijkswaterstaat"), ("PLACE", "Lelystad"), ("ORG", "ILT"),
           ("FUNC", "adviseur spoorkruisingen"), ("ROOM", "Lely"), ("PRODUCT", "Teams")])
    return g, p


def br22():
    """RDW/RWS application form exceptioneel transport with AcroForm fields (values only in form fields)."""
    g = Gold("br22.pdf")
    p = DOCS_DIR / g.doc
    fields = [("aanvrager_naam", "Naam contactpersoon aanvrager", "Hendrik-Jan Stoffelsen", 640),
              ("aanvrager_tel", "Telefoon (direct)", "06-43381290", 610),
              ("aanvrager_mail", "E-mail", "hj.stoffelsen@zwaartransport-twente.nl", 580),
              ("chauffeur", "Naam chauffeur", "Bogdan Lewandowski", 550),
              ("chauffeur_geb", "Geboortedatum chauffeur", "04-04-1983", 520),
              ("begeleider", "Naam verkeersbegeleider (RVV-certificaat)", "Marloes Kuipers-Ten Have", 490)]

    def draw(c, d):
        form = c.acroForm
        c.setFont("Helvetica", 9)
        for name, label, value, y in fields:
            c.drawString(25 * mm, y, label)
            form.textfield(name=name, tooltip=label, value=value, x=95 * mm, y=y - 4, width=90 * mm, height=14,
                           fontName="Helvetica", fontSize=9, borderWidth=0.5)

    items = [
        ("h", "Aanvraag ontheffing exceptioneel transport (RVV 1990, art. 149)"),
        ("p", "RDW Divisie Voertuigtoelating en -Toezicht, Team Ontheffingen Exceptioneel Transport &nbsp;|&nbsp; "
              "in samenwerking met Rijkswaterstaat en de provincie Overijssel &nbsp;|&nbsp; formulier ET-01 (2025)"),
        ("p", "Bedrijf: Zwaartransport Twente B.V., Almelo &nbsp; RDW-erkenningsnummer 40-ET-2291"),
        ("sp", 250),
        ("p", "Transport: transformator 182 ton, route A1 – N35 – Almelo, Bornsestraat; datum 28 april 2025, 01:00 uur. "
              "Kunstwerken: viaduct A1 Azelo (KW 28D-104) – toets constructieve veiligheid door Rijkswaterstaat."),
        ("p", "Ondertekening en verzending via het RDW-portaal. Vragen: ontheffingen@rdw.nl of 088 008 7000."),
    ]
    build_rl(p, items, font="Helvetica", size=10, page_numbers=False, on_first=draw, title="Aanvraag ET-01",
             author="RDW")
    for name, label, value, y in fields:
        kind = "PHONE" if "tel" in name else "EMAIL" if "mail" in name else "DOB" if "geb" in name else "PERSON"
        probes = {"Hendrik-Jan Stoffelsen": ("Stoffelsen",), "Bogdan Lewandowski": ("Lewandowski",),
                  "Marloes Kuipers-Ten Have": ("Kuipers-Ten Have",)}.get(value, (value,))
        g.r(kind, value, *probes, ch="form")
    KK(g, [("ORG", "RDW"), ("LAW", "RVV 1990"), ("ORG", "Rijkswaterstaat"), ("ORG", "Zwaartransport Twente B.V."),
           ("PLACE", "Almelo"), ("ROAD", "N35"), ("ROAD", "A1"), ("STREET", "Bornsestraat"), ("PLACE", "Azelo"),
           ("MAILBOX", "ontheffingen@rdw.nl"), ("PHONE_SW", "088 008 7000"), ("REF", "40-ET-2291"),
           ("FUNC", "Naam verkeersbegeleider"), ("ORG", "provincie Overijssel")])
    return g, p


def br23():
    """ILT signaalrapportage memo; author names only in Info/XMP metadata and the Title; LibSerif."""
    g = Gold("br23.pdf")
    p = DOCS_DIR / g.doc
    items = [
        ("h", "Signaalrapportage: risico's van lithium-ionaccu's in binnenvaart en havens"),
        ("p", "Inspectie Leefomgeving en Transport &nbsp;|&nbsp; Directie Risicosignalering &nbsp;|&nbsp; 15 april 2025"),
        ("h2", "Samenvatting"),
        ("p", "Het aantal branden aan boord van binnenvaartschepen en in havens door lithium-ionaccu's "
              "(e-bikes, elektrische heftrucks, containers met accu's) neemt toe. In 2024 registreerde de ILT 17 "
              "incidenten, onder meer in de haven van Moerdijk en bij containerterminal CTU Nijmegen. Het "
              "ADN en de IMDG-code regelen het vervoer van accu's als gevaarlijke stof (UN 3480), maar het "
              "gebruik aan boord valt grotendeels buiten regelgeving."),
        ("h2", "Aanbevelingen"),
        ("p", "1. De minister van Infrastructuur en Waterstaat vraagt de CCR (Centrale Commissie voor de Rijnvaart) "
              "om voorschriften voor laadpunten aan boord. 2. De Veiligheidsregio's en het Havenbedrijf "
              "Moerdijk delen incidentdata met de ILT. 3. Het Nederlands Instituut Fysieke Veiligheid (NIPV) "
              "onderzoekt blusmethoden."),
        ("h2", "Bronnen"),
        ("p", "Brandweer Nederland; Expertisecentrum Gevaarlijke Stoffen; Kennisplatform Binnenvaart; "
              "Onderzoeksraad voor Veiligheid (rapport 'Brand op de Fremantle Highway', 2024)."),
        ("small", "Contact: signalering@ilent.nl"),
    ]
    build_rl(p, items, font="LibSerif", size=11, logo="ILT", footer="Signaalrapportage 2025-04",
             title="Signaalrapportage Li-ion – concept Wubbolts", author="Wubbolts, Anneloes")
    set_meta(p, author="Wubbolts, Anneloes", title="Signaalrapportage Li-ion - concept Wubbolts",
             subject="review: Desiree Hofstede-Quispel", xmp_creator="Anneloes Wubbolts")
    g.r("PERSON", "Anneloes Wubbolts (Info/Author, XMP, Title)", "Wubbolts", "Anneloes", ch="metadata")
    g.r("PERSON", "Desiree Hofstede-Quispel (Info/Subject)", "Hofstede-Quispel", "Desiree", ch="metadata")
    KK(g, [("ORG", "Inspectie Leefomgeving en Transport"), ("ORG", "Directie Risicosignalering"), ("PLACE", "Moerdijk"),
           ("ORG", "CTU Nijmegen"), ("LAW", "ADN"), ("LAW", "IMDG-code"), ("ORG", "Centrale Commissie voor de Rijnvaart"),
           ("ORG", "CCR"), ("ORG", "Havenbedrijf Moerdijk"), ("ORG", "NIPV"), ("ORG", "Brandweer Nederland"),
           ("ORG", "Expertisecentrum Gevaarlijke Stoffen"), ("ORG", "Onderzoeksraad voor Veiligheid"),
           ("MAILBOX", "signalering@ilent.nl"), ("SHIP", "Fremantle Highway"), ("ORG", "ILT"),
           ("FUNC", "minister van Infrastructuur en Waterstaat")])
    return g, p


def br24():
    """Presentation slides (landscape) on traffic management A2; names in outline titles and on slides; DejaVu."""
    g = Gold("br24.pdf")
    p = DOCS_DIR / g.doc
    items = [
        ("sp", 40),
        ("h", "Verkeersmanagement A2 Weert – Eindhoven"),
        ("p", "Bestuurlijk Overleg MIRT Zuid-Nederland – 26 november 2024"),
        ("p", "Presentatie: Rijkswaterstaat Zuid-Nederland, afdeling Verkeersmanagement"),
        ("p", "Sprekers: Bas Snel (verkeerskundige) en dr. Hanneke Lievers-Castelijns (netwerkmanager)"),
        ("pb",),
        ("h", "Knelpunten"),
        ("p", "• Spitsfiles bij knooppunt Leenderheide en Het Vonderen<br/>• Sluipverkeer door Valkenswaard en "
              "Heeze (N69, N396)<br/>• Incidenten: 412 in 2023, gemiddelde afhandeltijd 38 minuten"),
        ("p", "• Gedeputeerde Van Gruijthuijsen (Noord-Brabant) en burgemeester Dijsselbloem (Eindhoven) vragen om "
              "dynamisch verkeersmanagement"),
        ("pb",),
        ("h", "Voorstel en vervolg"),
        ("p", "• Pilot Praktijkproef Amsterdam-aanpak (PPA) op de A2, samen met de provincie Noord-Brabant en "
              "Smart Mobility Brainport<br/>• Besluit in het BO MIRT van het voorjaar 2025<br/>"
              "• Contact: Bas Snel, 06-52384401 / Hanneke Lievers, 06-14470286"),
    ]
    build_rl(p, items, font="DejaVu", size=16, pagesize=landscape(A4), margins=(25, 20, 25, 20),
             footer="RWS Zuid-Nederland", title="VM A2", author="Snel, B.")
    add_outline(p, [("Titel – Bas Snel / Hanneke Lievers", 0), ("Knelpunten (inbreng Ruud Dirkx, VC Zuid)", 1),
                    ("Voorstel – checken bij Marjan Steegs (MIRT)", 2)])
    g.r("PERSON", "Bas Snel", "Bas Snel", "Snel")
    g.r("PERSON", "Hanneke Lievers-Castelijns", "Lievers-Castelijns", "Hanneke", "Hanneke Lievers")
    g.r("PHONE", "06-52384401", "06-52384401")
    g.r("PHONE", "06-14470286", "06-14470286")
    g.r("PERSON", "Ruud Dirkx (outline only)", "Ruud Dirkx", "Dirkx", ch="outline")
    g.r("PERSON", "Marjan Steegs (outline only)", "Marjan Steegs", "Steegs", ch="outline")
    KK(g, [("ROAD", "A2"), ("PLACE", "Weert"), ("PLACE", "Eindhoven"), ("PROG", "MIRT"), ("ORG", "Rijkswaterstaat Zuid-Nederland"),
           ("PLACE", "Leenderheide"), ("PLACE", "Het Vonderen"), ("PLACE", "Valkenswaard"), ("PLACE", "Heeze"),
           ("ROAD", "N69"), ("ROAD", "N396"), ("OFFICE", "Van Gruijthuijsen"), ("OFFICE", "Dijsselbloem"),
           ("ORG", "Noord-Brabant"), ("PROG", "Praktijkproef Amsterdam"), ("ORG", "Smart Mobility Brainport"),
           ("FUNC", "verkeerskundige"), ("FUNC", "netwerkmanager")])
    return g, p


def br25():
    """Complaint about aircraft noise to BAS/ILT with health data, docx via LibreOffice."""
    from docx import Document
    from docx.shared import Pt
    g = Gold("br25.pdf")
    d = Document()
    d.styles["Normal"].font.name = "Liberation Serif"
    d.styles["Normal"].font.size = Pt(11.5)
    d.add_paragraph("Mw. dr. Ingrid Ouwehand-Ramkisoen\nLeimuiderdijk 212\n2156 MD Weteringbrug\n"
                    "ingrid.ouwehand@xs4all.nl  ·  06 4137 2288")
    d.add_paragraph("Aan: Inspectie Leefomgeving en Transport, Directie Luchtvaart\n"
                    "cc: Bewoners Aanspreekpunt Schiphol (BAS), Omgevingsraad Schiphol (ORS)")
    d.add_paragraph("Weteringbrug, 18 maart 2025")
    d.add_paragraph("Onderwerp: handhavingsverzoek nachtvluchten Kaagbaan – overschrijding Luchthavenverkeerbesluit")
    d.add_paragraph("Geachte inspecteur-generaal,")
    d.add_paragraph(
        "Sinds de winterdienstregeling landen er vrijwel elke nacht tussen 23:00 en 06:00 uur vliegtuigen "
        "via de Kaagbaan over ons huis. Volgens het Luchthavenverkeerbesluit Schiphol en de Wet luchtvaart "
        "mag de Kaagbaan 's nachts alleen bij uitzondering worden gebruikt. Het BAS registreerde in januari "
        "meer dan 200 meldingen uit Weteringbrug en Oude Wetering.")
    d.add_paragraph(
        "Ik ben huisarts en weet wat slaapgebrek doet. Mijzelf is inmiddels een burn-out vastgesteld en mijn "
        "dochter Fleur (14) gebruikt een inhalator vanwege astma, dat volgens haar longarts verergert door "
        "ultrafijnstof. Onze buurvrouw, mevrouw Cor Hoogeveen-van Zijl, heeft hetzelfde meegemaakt.")
    d.add_paragraph(
        "Ik verzoek de ILT handhavend op te treden tegen Schiphol (Royal Schiphol Group) en verwijs naar de "
        "uitspraak van de rechtbank Den Haag van 20 september 2024 in de zaak van RBV tegen de Staat. Ook "
        "Kamerlid Kröger heeft hierover vragen gesteld. Minister Madlener heeft in zijn brief van 14 februari "
        "2025 een krimp naar 478.000 vliegbewegingen aangekondigd.")
    d.add_paragraph("Met vriendelijke groet,\n\nIngrid Ouwehand-Ramkisoen")
    src = TMP / "br25.docx"
    d.core_properties.author = "Ingrid Ouwehand"
    d.save(src)
    g.r("PERSON", "Ingrid Ouwehand-Ramkisoen", "Ouwehand-Ramkisoen", "Ingrid")
    g.r("ADDRESS", "Leimuiderdijk 212, 2156 MD", "Leimuiderdijk 212", "2156 MD")
    g.r("EMAIL", "ingrid.ouwehand@xs4all.nl", "ingrid.ouwehand@xs4all.nl")
    g.r("PHONE", "06 4137 2288", "06 4137 2288")
    g.r("HEALTH", "burn-out", "burn-out")
    g.r("PERSON", "Fleur", "Fleur")
    g.r("HEALTH", "astma", "astma", "inhalator")
    g.r("PERSON", "Cor Hoogeveen-van Zijl", "Hoogeveen-van Zijl", "Cor")
    KK(g, [("ORG", "Inspectie Leefomgeving en Transport"), ("ORG", "Directie Luchtvaart"),
           ("ORG", "Bewoners Aanspreekpunt Schiphol"), ("ORG", "BAS"), ("ORG", "Omgevingsraad Schiphol"),
           ("PLACE", "Weteringbrug", 1), ("STRUCT", "Kaagbaan"), ("LAW", "Luchthavenverkeerbesluit Schiphol"),
           ("LAW", "Wet luchtvaart"), ("PLACE", "Oude Wetering"), ("ORG", "Royal Schiphol Group"),
           ("ORG", "rechtbank Den Haag"), ("ORG", "RBV"), ("OFFICE", "Kröger"), ("OFFICE", "Madlener"),
           ("FUNC", "inspecteur-generaal"), ("FUNC", "huisarts")])
    return g, ("docx", src)


def br26():
    """Handhavingsverzoek stikstof (farm) and ODRN ontvangstbevestiging; LibSans; 2 pages."""
    g = Gold("br26.pdf")
    p = DOCS_DIR / g.doc
    items = [
        ("h", "Verzoek om handhaving – veehouderij Hoge Weg 40, Ommen"),
        ("p", "Vereniging Leefmilieu Vechtdal &nbsp;|&nbsp; p/a Postbus 311, 7730 AH Ommen &nbsp;|&nbsp; info@leefmilieuvechtdal.nl"),
        ("p", "Aan: Gedeputeerde Staten van Overijssel, p/a Omgevingsdienst IJsselland, Postbus 1025, 8001 BA Zwolle"),
        ("p", "Ommen, 10 januari 2025"),
        ("p", "Geachte college,"),
        ("p", "Wij verzoeken u handhavend op te treden tegen de melkveehouderij van de heer B.J. (Bertus) Lohuis "
              "aan de Hoge Weg 40 in Ommen. Volgens de natuurvergunning uit 2019 (Wet natuurbescherming, "
              "inmiddels de Omgevingswet) mag het bedrijf 180 melkkoeien houden. Op luchtfoto's en in de "
              "I&amp;R-registratie van de RVO tellen wij er ruim 260. De stikstofdepositie op het Natura "
              "2000-gebied Vecht- en Beneden-Reggegebied neemt daardoor toe."),
        ("p", "Het bedrijf wordt sinds 2022 gerund door de zoon, Dirk-Jan Lohuis, en zijn partner "
              "Tessa Lohuis-Brinkman. Tessa heeft in een interview met RTV Oost gezegd dat de uitbreiding 'gewoon "
              "doorgaat'."),
        ("p", "Namens het bestuur,<br/>Hilde Nijkamp, secretaris<br/>06-12093388"),
        ("pb",),
        ("h2", "Ontvangstbevestiging"),
        ("p", "Omgevingsdienst IJsselland &nbsp;|&nbsp; zaaknummer OD-IJ-2025-00127 &nbsp;|&nbsp; 17 januari 2025"),
        ("p", "Geachte mevrouw Nijkamp,"),
        ("p", "Wij hebben uw verzoek om handhaving namens Gedeputeerde Staten ontvangen. Gedeputeerde De Witte "
              "(Natuur en Stikstof) is geïnformeerd. Een toezichthouder, de heer Arend-Jan Slot, bezoekt het bedrijf "
              "binnen vier weken. De Algemene wet bestuursrecht (Awb) geeft ons acht weken om te beslissen."),
        ("p", "Met vriendelijke groet,<br/>Natasja Kroeze-Mensink<br/>casemanager handhaving<br/>"
              "Omgevingsdienst IJsselland, 038 425 65 00, handhaving@odijsselland.nl"),
    ]
    build_rl(p, items, font="LibSans", size=10.5, title="Handhavingsverzoek Hoge Weg 40", author="VLV")
    g.r("PERSON", "B.J. (Bertus) Lohuis", "Lohuis", "Bertus")
    g.r("ADDRESS", "Hoge Weg 40 (farm = home of owner)", "Hoge Weg 40")
    g.r("PERSON", "Dirk-Jan Lohuis", "Dirk-Jan")
    g.r("PERSON", "Tessa Lohuis-Brinkman", "Lohuis-Brinkman", "Tessa")
    g.r("PERSON", "Hilde Nijkamp", "Nijkamp", "Hilde")
    g.r("PHONE", "06-12093388", "06-12093388")
    g.r("PERSON", "Arend-Jan Slot", "Arend-Jan Slot")
    g.r("PERSON", "Natasja Kroeze-Mensink", "Kroeze-Mensink", "Natasja")
    KK(g, [("ORG", "Vereniging Leefmilieu Vechtdal"), ("PLACE", "Ommen", 2), ("MAILBOX", "info@leefmilieuvechtdal.nl"),
           ("ORG", "Gedeputeerde Staten van Overijssel"), ("ORG", "Omgevingsdienst IJsselland"),
           ("LAW", "Wet natuurbescherming"), ("LAW", "Omgevingswet"), ("ORG", "RVO"), ("AREA", "Vecht- en Beneden-Reggegebied"),
           ("ORG", "RTV Oost"), ("REF", "OD-IJ-2025-00127"), ("OFFICE", "De Witte"), ("LAW", "Algemene wet bestuursrecht"),
           ("PHONE_SW", "038 425 65 00"), ("MAILBOX", "handhaving@odijsselland.nl"), ("FUNC", "casemanager handhaving"),
           ("ADDR_ORG", "Postbus 1025")])
    return g, p


def br27():
    """English e-mail from a ship's master to ILT (port state control), Helvetica."""
    g = Gold("br27.pdf")
    p = DOCS_DIR / g.doc
    items = [
        ("pre", "From:     Capt. Dmitrijs Ozoliņš <master.baltic-trader@vshipsmail.com>\n"
                "Sent:     Tuesday, 22 April 2025 03:48\n"
                "To:       psc@ilent.nl\n"
                "Cc:       Tan Wei Ming <wm.tan@northsea-shipmgmt.sg>; agency.rotterdam@wilhelmsen.com\n"
                "Subject:  MV BALTIC TRADER (IMO 9412786) - detention Amsterdam Westpoort - rectification"),
        ("sp", 8),
        ("p", "Dear Mr. Koning,"),
        ("p", "Further to your inspection under the Paris MoU on 19 April, please find the rectification of the "
              "deficiencies. The fire door of the engine room was repaired by Damen Shiprepair Amsterdam. Chief "
              "engineer Andrii Melnyk has signed the maintenance record. Our second officer, Mr. Jomar Santos "
              "Villanueva, who had no valid STCW certificate, has been repatriated to Manila."),
        ("p", "Regarding the complaint of AB seaman Ricardo Bautista about unpaid wages (MLC 2006, regulation 2.2): "
              "the company has paid USD 3,480 into his account PH62 0000 1234 5678 9012 on 21 April. He was also "
              "treated at the OLVG hospital for a hand injury."),
        ("p", "Best regards,<br/>Dmitrijs Ozoliņš<br/>Master, MV Baltic Trader<br/>Sat phone +870 773 912 445"),
        ("sp", 8),
        ("pre", "From:     Koning, Ewout (ILT) <ewout.koning@ilent.nl>\n"
                "Sent:     Tuesday, 22 April 2025 09:12\n"
                "To:       master.baltic-trader@vshipsmail.com\n"
                "Subject:  RE: MV BALTIC TRADER - detention"),
        ("p", "Dear Captain, thank you. I will re-inspect today at 14:00 together with my colleague Ms. Lotte "
              "Vriesema. The detention will be lifted in THETIS if all is in order. Kind regards, Ewout Koning, "
              "Port State Control Officer, Human Environment and Transport Inspectorate (ILT), +31 6 2104 3375."),
    ]
    build_rl(p, items, font="DejaVu", size=9.5, page_numbers=False, title="MV BALTIC TRADER detention",
             author="Koning, Ewout")
    g.r("PERSON", "Dmitrijs Ozoliņš", "Ozoliņš", "Dmitrijs")
    g.r("PERSON", "Tan Wei Ming", "Tan Wei Ming")
    g.r("EMAIL", "wm.tan@northsea-shipmgmt.sg", "wm.tan@northsea-shipmgmt.sg")
    g.r("PERSON", "Ewout Koning", "Ewout Koning", "Ewout", "Mr. Koning", "Koning, Ewout")
    g.r("EMAIL", "ewout.koning@ilent.nl", "ewout.koning@ilent.nl")
    g.r("PERSON", "Andrii Melnyk", "Melnyk", "Andrii")
    g.r("PERSON", "Jomar Santos Villanueva", "Santos Villanueva", "Jomar")
    g.r("PERSON", "Ricardo Bautista", "Bautista", "Ricardo")
    g.r("IBAN", "PH62 0000 1234 5678 9012", "PH62 0000 1234 5678 9012")
    g.r("HEALTH", "hand injury", "hand injury")
    g.r("PHONE", "+870 773 912 445", "+870 773 912 445")
    g.r("PERSON", "Lotte Vriesema", "Vriesema")
    g.r("PHONE", "+31 6 2104 3375", "+31 6 2104 3375")
    KK(g, [("MAILBOX", "psc@ilent.nl"), ("MAILBOX", "agency.rotterdam@wilhelmsen.com"), ("SHIP", "BALTIC TRADER"),
           ("ID", "IMO 9412786"), ("PLACE", "Westpoort"), ("ORG", "Paris MoU"), ("ORG", "Damen Shiprepair Amsterdam"),
           ("LAW", "STCW"), ("PLACE", "Manila"), ("LAW", "MLC 2006"), ("ORG", "OLVG"), ("PRODUCT", "THETIS"),
           ("ORG", "Human Environment and Transport Inspectorate"), ("FUNC", "Port State Control Officer"),
           ("FUNC", "Chief engineer"), ("MAILBOX", "master.baltic-trader@vshipsmail.com")])
    return g, p


def br28():
    """Scanned taxi control form with handwritten entries; image only."""
    g = Gold("br28.pdf")
    src = TMP / "br28_src.pdf"
    hand = [(68, 238.0, "Fatih Korkmaz"), (50, 230.4, "Bos en Lommerweg 301"), (72, 222.8, "17-06-1987"),
            (80, 215.2, "KC 4410287"), (58, 207.6, "TX-518-B"), (60, 197.9, "geen BCT-kaart, pas verlopen"),
            (80, 176.5, "R. Achterberg")]

    def draw(c, d):
        c.setFont("Femke", 15)
        for x, y, t in hand:
            c.drawString(x * mm, y * mm, t)

    items = [
        ("h", "Controleformulier taxivervoer – ILT / gemeente Amsterdam (handhaving)"),
        ("p", "Locatie: Centraal Station, standplaats De Ruijterkade &nbsp;&nbsp; Datum: 27 februari 2025"),
        ("sp", 16),
        ("p", "Naam bestuurder: ____________________________________"),
        ("p", "Adres: __________________________________________"),
        ("p", "Geboortedatum: _________________________________"),
        ("p", "Chauffeurskaart nr.: ____________________________"),
        ("p", "Kenteken: ______________________________________"),
        ("sp", 6),
        ("p", "Bevinding: ________________________________________________"),
        ("sp", 40),
        ("p", "Controleur (naam): ______________________________"),
        ("small", "Wet personenvervoer 2000 / Taxiverordening Amsterdam 2024 / TTO Amsterdam"),
    ]
    build_rl(src, items, font="Helvetica", size=12, page_numbers=False, on_first=draw)
    p = DOCS_DIR / g.doc
    scan_pdf(src, p, seed=28, dpi=160, angle=0.7, noise=6, quality=60)
    # tesseract reads little of the handwriting: only what it reads in the original is probed
    # ('KORKMAZ' is how it reads the handwritten surname); address, date of birth, card number,
    # plate and the controller's name are on the page but not machine-readable, so not probed.
    g.r("PERSON", "Fatih Korkmaz", "Fatih", "KORKMAZ", ch="ocr")
    return g, p


def br29():
    """RWS press release (spokesperson stays), Times, 1 page."""
    g = Gold("br29.pdf")
    p = DOCS_DIR / g.doc
    items = [
        ("h", "Persbericht: Afsluiting Van Brienenoordbrug verschoven naar 28-31 maart"),
        ("p", "Rijkswaterstaat – Utrecht, 17 maart 2025"),
        ("p", "De geplande afsluiting van de westelijke boog van de Van Brienenoordbrug (A16) gaat een week later "
              "in, van vrijdag 28 maart 20:00 uur tot maandag 31 maart 05:00 uur. De keuring van de "
              "bewegingswerken is verplaatst. Verkeer wordt omgeleid via de A15, de Beneluxtunnel en de "
              "A20. Rijkswaterstaat adviseert reizigers om de trein te nemen of te reizen via de "
              "Algeraweg (N210) en de Erasmusbrug niet als alternatief te gebruiken."),
        ("p", "Minister Madlener van Infrastructuur en Waterstaat: 'De Van Brienenoordbrug is de drukste brug "
              "van Nederland. Met de renovatie houden we hem de komende dertig jaar veilig.' Burgemeester "
              "Schouten van Rotterdam en gedeputeerde Rijkaart (Zuid-Holland) steunen de planning."),
        ("p", "Heijmans voert de renovatie uit in opdracht van Rijkswaterstaat. Actuele informatie staat op "
              "vananaarbeter.nl en rijkswaterstaat.nl/brienenoord. Het Rijkswaterstaat Informatienummer "
              "0800 8002 is dag en nacht bereikbaar."),
        ("small", "Noot voor de redactie (niet voor publicatie): neem voor vragen contact op met de persvoorlichters "
                  "van Rijkswaterstaat via 070 456 60 00 of pers@rws.nl. Opgesteld door Jolien Kasteleijn, "
                  "communicatieadviseur, 06-55210397."),
    ]
    build_rl(p, items, font="Times-Roman", size=11.5, page_numbers=False, logo="Rijkswaterstaat",
             title="Persbericht Van Brienenoordbrug", author="RWS Communicatie")
    g.r("PERSON", "Jolien Kasteleijn", "Kasteleijn", "Jolien")
    g.r("PHONE", "06-55210397", "06-55210397")
    KK(g, [("ORG", "Rijkswaterstaat"), ("STRUCT", "Van Brienenoordbrug"), ("ROAD", "A16"), ("ROAD", "A15"),
           ("STRUCT", "Beneluxtunnel"), ("ROAD", "A20"), ("STREET", "Algeraweg"), ("ROAD", "N210"),
           ("STRUCT", "Erasmusbrug"), ("OFFICE", "Minister Madlener"), ("OFFICE", "Schouten"), ("OFFICE", "Rijkaart"),
           ("ORG", "Heijmans"), ("WEB", "vananaarbeter.nl"), ("WEB", "rijkswaterstaat.nl/brienenoord"),
           ("PHONE_SW", "0800 8002"), ("PHONE_SW", "070 456 60 00"), ("MAILBOX", "pers@rws.nl"),
           ("FUNC", "communicatieadviseur"), ("PLACE", "Rotterdam"), ("ORG", "Zuid-Holland")])
    return g, p


def br30():
    """Antwoorden op Kamervragen (aanhangsel) by staatssecretaris Jansen, keep-heavy; DejaVuSerif; 2 pages."""
    g = Gold("br30.pdf")
    p = DOCS_DIR / g.doc
    items = [
        ("h", "Antwoorden op vragen van het lid Olger van Dijk (NSC) over de taxiregels en de chauffeurskaart"),
        ("p", "(ingezonden 6 maart 2025, kenmerk 2025Z04128) &nbsp;&nbsp; Antwoord van staatssecretaris Jansen "
              "(Infrastructuur en Waterstaat) (ontvangen 3 april 2025)"),
        ("h2", "Vraag 1"),
        ("p", "Bent u bekend met het bericht 'Taxichauffeurs zonder VOG rijden gewoon door' in Het Parool?"),
        ("h2", "Antwoord 1"),
        ("p", "Ja. De Inspectie Leefomgeving en Transport (ILT) is verantwoordelijk voor de afgifte van de "
              "chauffeurskaart op grond van de Wet personenvervoer 2000. Kiwa Register voert de aanvraag uit "
              "namens de ILT. Justis toetst de Verklaring Omtrent het Gedrag."),
        ("h2", "Vraag 2"),
        ("p", "Hoeveel chauffeurskaarten zijn in 2024 ingetrokken?"),
        ("h2", "Antwoord 2"),
        ("p", "In 2024 zijn 214 chauffeurskaarten ingetrokken en 96 aanvragen afgewezen. In Amsterdam, Rotterdam, "
              "Den Haag en Utrecht gelden daarnaast aanvullende eisen (TTO's). Wethouder Van der Horst "
              "(Amsterdam) heeft mij hierover een brief gestuurd; ik heb haar op 20 maart gesproken."),
        ("h2", "Vraag 3"),
        ("p", "Bent u bereid de Kamer te informeren over de evaluatie van de Wet personenvervoer 2000?"),
        ("h2", "Antwoord 3"),
        ("p", "Ja. Het Kennisinstituut voor Mobiliteitsbeleid (KiM) rondt de evaluatie eind 2025 af. Ik stuur "
              "die naar de Kamer, zoals ook toegezegd aan de leden Kröger en De Hoop."),
        ("pb",),
        ("h2", "Toelichting (intern, niet voor het Aanhangsel)"),
        ("p", "Antwoorden opgesteld door DGMo/Openbaar Vervoer en Spoor in afstemming met de ILT. Cijfers "
              "aangeleverd door Pauline van Rooijen-Smeets (ILT, Team Vergunningverlening Personenvervoer). "
              "Juridische check: Meindert Jan Zijlstra (WJZ)."),
        ("p", "2025Z04128 – Aanhangsel Handelingen II 2024/25"),
    ]
    build_rl(p, items, font="DejaVuSerif", size=10.5, footer="2025Z04128", title="Antwoorden Kamervragen 2025Z04128",
             author="DGMo OVS")
    g.r("PERSON", "Pauline van Rooijen-Smeets", "van Rooijen-Smeets", "Pauline")
    g.r("PERSON", "Meindert Jan Zijlstra", "Zijlstra", "Meindert Jan")
    KK(g, [("OFFICE", "Olger van Dijk"), ("ORG", "NSC"), ("REF", "2025Z04128"), ("OFFICE", "staatssecretaris Jansen"),
           ("ORG", "Het Parool"), ("ORG", "Inspectie Leefomgeving en Transport"), ("LAW", "Wet personenvervoer 2000"),
           ("ORG", "Kiwa Register"), ("ORG", "Justis"), ("PLACE", "Amsterdam"), ("PLACE", "Rotterdam"), ("PLACE", "Utrecht"),
           ("OFFICE", "Van der Horst"), ("ORG", "Kennisinstituut voor Mobiliteitsbeleid"), ("ORG", "KiM"),
           ("OFFICE", "Kröger"), ("OFFICE", "De Hoop"), ("ORG", "DGMo"), ("ORG", "WJZ"),
           ("TERM", "Verklaring Omtrent het Gedrag"), ("REF", "Aanhangsel Handelingen II 2024/25")])
    return g, p


DOCS = [br21, br22, br23, br24, br25, br26, br27, br28, br29, br30]
