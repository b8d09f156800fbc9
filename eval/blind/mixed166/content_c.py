from lib import Doc

H, Pp, L, T, SP, M = "h", "p", "l", "t", "sp", "mono"
DOCS = []

DOCS.append(Doc("uc13_scan_aanvraagformulier", [], engine="scan", producer="Canon iR-ADV C5560 PDF", creator="Canon iR-ADV C5560",
    scan=[("h", "AANVRAAGFORMULIER URGENTIE - gemeente Zwolle"), ("p", "In te vullen door de aanvrager. Zaak: URG-2026-0433"),
          ("sp", 20), ("p", "Naam aanvrager:"), ("hand", "Kees Roelofsen"), ("p", "Geboortedatum:"), ("hand", "2 november 1971"),
          ("p", "Adres:"), ("hand", "Wipstrikkerallee 161, Zwolle"), ("p", "Telefoon:"), ("hand", "038-4537719"),
          ("p", "E-mail:"), ("hand", "kees.roelofsen@ziggo.nl"), ("p", "Burgerservicenummer:"), ("hand", "193772056"),
          ("p", "Reden van de aanvraag:"), ("hand", "Hartfalen, kan de trap niet meer op.\nDochter doet mantelzorg maar verhuist."),
          ("sp", 20), ("p", "Handtekening:"), ("sig", "K.H. Roelofsen"),
          ("p", "Ontvangen Woonstichting Hanzeborg, paraaf verhuurconsulent:"), ("hand", "E. 't Hart  10-01-2025")],
    redact=[("HEALTH", "Hartfalen")]))

DOCS.append(Doc("uc14_scan_brief_aanvrager", [], engine="scan", producer="HP Scan", creator="HP LaserJet MFP M428",
    scan=[("p", "Samira el Idrissi\nOpvang Leger des Heils, Zwolle\ntelefoon 06 44 09 17 86"), ("sp", 30),
          ("p", "Aan de urgentiecommissie\nGemeente Zwolle"), ("sp", 30), ("p", "Zwolle, 20 februari 2025"), ("sp", 20),
          ("hand", "Geachte commissie,"),
          ("hand", "Ik vraag urgentie aan omdat ik niet terug kan\nnaar mijn huis aan de Hortensiastraat 12.\n"
                   "Mijn ex-partner weet waar dat is. Mijn dochter\nYasmina gaat nu naar school in Stadshagen.\n"
                   "Mevrouw Marloes van Dijk-Haverkamp zegt dat de\ncommissie op 11 maart beslist."),
          ("hand", "Met vriendelijke groet,"), ("sig", "Samira el Idrissi"), ("p", "geboren 30-07-1995")]))

DOCS.append(Doc("uc15_scan_presentielijst", [], engine="scan", producer="Xerox WorkCentre 7845", creator="Xerox Scan to PDF",
    scan=[("h", "Presentielijst hoorzitting bezwaarcommissie"), ("p", "20 mei 2025, Thorbeckehuis - BZW-2026-0088"), ("sp", 30),
          ("p", "Naam                         Rol                 Paraaf"), ("hand", "Hanneke Wolters              voorzitter          HWo"),
          ("hand", "Thijs ter Horst              gemeente            TtH"), ("hand", "Esther 't Hart               Hanzeborg           EtH"),
          ("hand", "Kees Roelofsen               bezwaarmaker"), ("hand", "Pieter-Jan Smeenk            lid"),
          ("sp", 40), ("p", "Handtekening voorzitter:"), ("sig", "H. Wolters")]))

DOCS.append(Doc("uc16_bezwaarschrift", [
    (L, "K.H. Roelofsen"), (L, "Wipstrikkerallee 161"), (L, "8023 DW Zwolle"), (L, "038 453 77 19 | kees.roelofsen@ziggo.nl"), (SP, 12),
    (L, "Aan het college van burgemeester en wethouders van Zwolle"), (L, "Postbus 10007, 8000 GA Zwolle"), (SP, 10),
    (L, "Zwolle, 28 februari 2025"), (L, "Betreft: bezwaarschrift tegen het besluit van 19 februari 2025, kenmerk URG-2026-0433"), (SP, 6),
    (Pp, "Geacht college,"),
    (Pp, "Hierbij maak ik bezwaar tegen uw besluit om mij geen medische urgentie te geven. Ik ben geboren op 2 november 1971 en heb "
         "sinds 2023 hartfalen. Mijn cardioloog bij Isala heeft geschreven dat traplopen mij zwaar belast. De urgentiecommissie "
         "heeft alleen naar het advies van GGD IJsselland gekeken, zonder mij te spreken. Mevrouw Zandbergen heeft mij één keer "
         "telefonisch gesproken, tien minuten."),
    (Pp, "Ook klopt het niet dat ik een woning heb geweigerd. De woning aan de Wethouder Alferinkweg lag op de derde verdieping "
         "zonder lift. Mevrouw 't Hart van Hanzeborg was het daarmee eens."),
    (Pp, "Ik wil graag gehoord worden. Mijn dochter Joke (mantelzorger) komt mee naar de hoorzitting."),
    (Pp, "Met vriendelijke groet,"), (SP, 14), (L, "Kees Roelofsen"), (L, "Bijlage: brief cardioloog (niet bijgevoegd in deze Woo-versie)")],
    font="times", size=10.5, producer="Microsoft® Word 2013", creator="Microsoft® Word 2013", author="Kees",
    redact=[("ADDRESS", "8023 DW Zwolle"), ("HEALTH", "hartfalen")]))

DOCS.append(Doc("uc17_verslag_hoorzitting", [
    (H, "Verslag hoorzitting bezwaarcommissie - BZW-2026-0088"), (L, "20 mei 2025, 10.00-11.05 uur, Thorbeckehuis, Zwolle"), (SP, 4),
    (T, [["Aanwezig", "Hoedanigheid"], ["mr. H. Wolters", "voorzitter bezwaarcommissie (extern)"], ["P.J. Smeenk", "lid (extern)"],
         ["K.H. Roelofsen", "bezwaarmaker"], ["J. Roelofsen (dochter)", "vergezelt bezwaarmaker"],
         ["T. ter Horst", "jurist, namens het college"], ["E. 't Hart", "verhuurconsulent Woonstichting Hanzeborg"],
         ["Nadia Boukhari", "secretaris bezwaarcommissie, verslag"]]),
    (H, "Standpunt bezwaarmaker"),
    (Pp, "De heer Roelofsen licht toe dat hij sinds de diagnose hartfalen kortademig is bij inspanning en 's nachts beneden slaapt. "
         "Zijn dochter Joke verzorgt hem drie dagen per week, maar zij verhuist in september naar Deventer. Hij vindt dat het "
         "telefonisch consult met de GGD-arts te kort was. Hij wijst erop dat hij de woning aan de Wethouder Alferinkweg niet "
         "heeft geweigerd uit onwil."),
    (H, "Standpunt college"),
    (Pp, "Ter Horst verwijst naar het advies van GGD IJsselland van 5 februari 2025. Volgens de Huisvestingsverordening Zwolle 2024 "
         "is medische urgentie alleen mogelijk als de huidige woning niet geschikt te maken is. De Wmo-aanvraag voor een traplift is "
         "inmiddels toegekend. Over de aanbieding merkt Ter Horst op dat het college de weigering niet tegenwerpt."),
    (Pp, "Mevrouw 't Hart bevestigt dat er in de afgelopen vier maanden geen gelijkvloerse tweekamerwoning vrijkwam in Holtenbroek."),
    (H, "Vragen van de commissie"),
    (Pp, "Op vragen van Wolters antwoordt de heer Roelofsen dat hij de traplift wil accepteren maar vreest voor de situatie na het "
         "vertrek van zijn dochter. Smeenk vraagt of de wijkverpleging is ingeschakeld; dat is niet het geval. De voorzitter sluit "
         "de hoorzitting om 11.05 uur. De commissie brengt binnen zes weken advies uit."),
    (SP, 6), (L, "Verslag: N. Boukhari, secretaris bezwaarcommissie, 06 20 71 58 32")],
    font="helv", size=10, producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365",
    author="Nadia Boukhari", xmp_creator="Nadia Boukhari",
    redact=[("PERSON", "J. Roelofsen"), ("HEALTH", "hartfalen"), ("HEALTH", "kortademig bij inspanning")],
    keep=[("PLACE", "Deventer"), ("TERM", "wijkverpleging"), ("LAW", "Wmo"), ("TERM", "traplift")]))

DOCS.append(Doc("uc18_advies_bezwaarcommissie", [
    (H, "Advies van de bezwaarcommissie aan het college van burgemeester en wethouders van Zwolle"),
    (L, "Zaak BZW-2026-0088 | bezwaarmaker: de heer K.H. Roelofsen te Zwolle | 24 juni 2025"), (SP, 4),
    (H, "1. Procesverloop"),
    (Pp, "Het bezwaarschrift van 28 februari 2025 is tijdig ingediend (artikel 6:7 Awb). De hoorzitting vond plaats op 20 mei 2025. "
         "Namens het college was aanwezig de heer ter Horst; namens Woonstichting Hanzeborg mevrouw 't Hart."),
    (H, "2. Beoordeling"),
    (Pp, "De commissie stelt vast dat het college het advies van GGD IJsselland heeft gevolgd. Een bestuursorgaan mag op een medisch "
         "advies afgaan als dat advies zorgvuldig tot stand is gekomen en begrijpelijk is (vaste rechtspraak van de Raad van State). "
         "Het advies berust op een telefonisch consult en informatie van de behandelend cardioloog; de arts heeft de bezwaarmaker niet "
         "gezien. Nu de mantelzorg per september wegvalt, had het college een aanvullend advies moeten vragen over de vraag of "
         "zelfstandig wonen met traplift verantwoord blijft."),
    (H, "3. Advies"),
    (Pp, "De commissie adviseert het bezwaar gegrond te verklaren, het besluit van 19 februari 2025 te herroepen en de aanvraag "
         "URG-2026-0433 opnieuw voor te leggen aan de urgentiecommissie na een aanvullend medisch advies met huisbezoek."),
    (SP, 10), (L, "De bezwaarcommissie,"), (L, "mr. H. Wolters, voorzitter                N. Boukhari, secretaris")],
    font="times", size=10.5, producer="Nitro Pro 13.70.2.40", creator="Nitro Pro",
    notes=[(1, [480, 700, 500, 720], "Thijs ter Horst", "Eens met 2. Graag even afstemmen met Femke Zandbergen voor huisbezoek."),
           (1, [480, 560, 500, 580], "Rik Hoogeveen", "Vraag: gaat dit precedent worden? Bel me even: 06 33 81 27 50"),
           (1, [480, 420, 500, 440], "Marloes van Dijk-Haverkamp", "Agenderen UC 8 juli - Marloes")],
    hidden=[("PERSON", "Thijs ter Horst", "annotations", ["Thijs ter Horst"]),
            ("PERSON", "Femke Zandbergen", "annotations", ["Femke Zandbergen"]),
            ("PERSON", "Rik Hoogeveen", "annotations", ["Rik Hoogeveen"]),
            ("PHONE", "06 33 81 27 50", "annotations", ["06 33 81 27 50"]),
            ("PERSON", "Marloes van Dijk-Haverkamp", "annotations", ["Marloes van Dijk-Haverkamp"])],
    keep=[("LAW", "artikel 6:7 Awb"), ("TERM", "huisbezoek")]))
