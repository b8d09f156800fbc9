"""Gold specification of eval/real27 (read by make_gold.py).

REDACT: per document, items (kind, value, probes). A probe is (text, word). Every redact probe gets
after=0. KEEP_COMMON: keep candidates tried on every Wassenaar document (kept only where they occur);
KEEP_EXTRA / KEEP_SKIP: per-document additions and exclusions. Keep after = count in PDFium text.
"""

# minute-takers / civil servants attending ("... voor de verslaglegging"), by surname probe
BOHEEMEN = ("PERSON", "Yvonne van Boheemen (bestuursondersteuner, verslaglegging)", [("Boheemen", True)])
BOHEEMEN_FULL = ("PERSON", "Yvonne van Boheemen (bestuursondersteuner, verslaglegging)", [("Boheemen", True), ("Yvonne", True)])
DESANTIS = ("PERSON", "Chiara Desantis (verslaglegging)", [("Desantis", True), ("Chiara", True)])
DESANTIS_C = ("PERSON", "C. Desantis (verslaglegging)", [("Desantis", True)])
KOL = ("PERSON", "J. Kol (verslaglegging)", [("J. Kol", True)])
VLIES = ("PERSON", "A. van der Vlies (verslaglegging)", [("van der Vlies", True)])

W = "wa_besluitenlijst_bw_"
REDACT = {
    W + "20220510_word365.pdf": [
        BOHEEMEN,
        ("PERSON", "M. Bril (bestuursondersteuner)", [("M. Bril", True)]),
        ("PERSON", "mw. mr. C. Norde (advocaat/gemachtigde, private professional)", [("Norde", True)]),
    ],
    W + "20220830_word365.pdf": [BOHEEMEN],
    W + "20221220_word365.pdf": [BOHEEMEN],
    W + "20230124_word365.pdf": [BOHEEMEN],
    W + "20230221_word365.pdf": [BOHEEMEN],
    W + "20230328_aspose.pdf": [BOHEEMEN],
    W + "20230516_word365.pdf": [BOHEEMEN, DESANTIS],
    W + "20230530_word365.pdf": [DESANTIS],  # also Info /Author and XMP dc:creator
    W + "20230606_word365.pdf": [DESANTIS],
    W + "20231108_word365.pdf": [
        BOHEEMEN,
        ("PERSON", "M. van Miert (civil servant attending)", [("van Miert", True)]),
        ("PERSON", "M. Zandbergen (civil servant attending)", [("Zandbergen", True)]),
    ],
    W + "20231205_word365.pdf": [BOHEEMEN, DESANTIS_C],
    W + "20240606_aspose.pdf": [BOHEEMEN, KOL],
    W + "20240611_aspose.pdf": [KOL],
    W + "20240618_word365.pdf": [KOL],
    W + "20240709_word365.pdf": [
        BOHEEMEN,
        ("PERSON", "Mr P. Kalbfleisch (external adviser)", [("Kalbfleisch", True)]),
    ],
    W + "20241112_word365.pdf": [BOHEEMEN],
    W + "20250121_word365.pdf": [
        BOHEEMEN,
        ("PERSON", "D.J. van Schravendijk (private person named in a Woo objection)", [("Schravendijk", True)]),
    ],
    W + "20250128_word365.pdf": [BOHEEMEN, VLIES],
    W + "20250204_word365.pdf": [VLIES],
    W + "20250701_word365.pdf": [VLIES, BOHEEMEN],
    W + "20250715_word365.pdf": [BOHEEMEN],
    W + "20250819_word365.pdf": [BOHEEMEN],
    W + "20250923_word365.pdf": [
        BOHEEMEN,
        ("PERSON", "mevrouw Van der Kleij (member, Cliëntenraad Wet werk en bijstand)", [("Van der Kleij", True)]),
        ("PERSON", "de heer Rashid (former member, Cliëntenraad)", [("Rashid", True)]),
        ("PERSON", "de heer Olijslagers (former member, Cliëntenraad)", [("Olijslagers", True)]),
        ("PERSON", "mevrouw Van der Sluis (former member, Cliëntenraad)", [("Van der Sluis", True)]),
    ],
    W + "20251202_word365.pdf": [BOHEEMEN],
    "bzk_iv3_informatievoorschrift_2026_quartz.pdf": [],
}

# (kind, value, probe text, word)
KEEP_COMMON = [
    ("PERSON_PUBLIC", "burgemeester L.A. de Lange", "de Lange", True),
    ("PERSON_PUBLIC", "gemeentesecretaris K.D. Handstede", "Handstede", True),
    ("PERSON_PUBLIC", "wethouder R. Bloemendaal", "Bloemendaal", True),
    ("PERSON_PUBLIC", "wethouder W. Koetsier", "Koetsier", True),
    ("PERSON_PUBLIC", "wethouder R. Zoutendijk", "Zoutendijk", True),
    ("PERSON_PUBLIC", "wethouder L. van Doeveren", "Doeveren", True),
    ("PERSON_PUBLIC", "wethouder C. Klaver-Bouman", "Klaver-Bouman", True),
    ("PERSON_PUBLIC", "wethouder H. Schokker", "Schokker", True),
    ("PERSON_PUBLIC", "wethouder I. Zweerts de Jong", "Zweerts de Jong", True),
    ("PERSON_PUBLIC", "wethouder/raadslid H. Hendrickx", "Hendrickx", True),
    ("PERSON_PUBLIC", "wethouder Van Sloten", "Sloten", True),
    ("PERSON_PUBLIC", "raadslid B.G. Paulides", "Paulides", True),
    ("PERSON_PUBLIC", "raadslid Gankema", "Gankema", True),
    ("PERSON_PUBLIC", "raadslid G. Nijman", "Nijman", True),
    ("PERSON_PUBLIC", "raadslid Van Eps-Habibe", "Habibe", True),
    ("PERSON_PUBLIC", "raadslid Bellekom-Vogels", "Bellekom", True),
    ("PERSON_PUBLIC", "raadslid Everard", "Everard", True),
    ("PERSON_PUBLIC", "raadslid Rogge-Schneider", "Rogge", True),
    ("PERSON_PUBLIC", "raadslid Krabbendam", "Krabbendam", True),
    ("PERSON_PUBLIC", "raadslid Van Smirren", "Smirren", True),
    ("PERSON_PUBLIC", "raadslid Tirion-Van der Goes", "Tirion", True),
    ("PERSON_PUBLIC", "raadslid Hofman-de Raad", "Hofman", True),
    ("ORG", "De Paauw (town hall)", "De Paauw", True),
    ("ORG", "Muzenzaal", "Muzenzaal", True),
    ("ORG", "Omgevingsdienst Haaglanden", "Omgevingsdienst Haaglanden", True),
    ("ORG", "Veiligheidsregio Haaglanden", "Veiligheidsregio Haaglanden", True),
    ("ORG", "Stichting Openbaar Primair Onderwijs Wassenaar", "Stichting Openbaar Primair Onderwijs", True),
    ("ORG", "Wassenaarsche Bouwstichting", "Wassenaarsche Bouwstichting", True),
    ("ORG", "Sociale Verhuurders Haaglanden", "Sociale Verhuurders Haaglanden", True),
    ("ORG", "Stichting Katholiek Onderwijs Wassenaar", "Stichting Katholiek Onderwijs Wassenaar", True),
    ("ORG", "American School of The Hague", "American School of The Hague", True),
    ("ORG", "Lokaal Wassenaar", "Lokaal Wassenaar", True),
    ("ORG", "Hart voor Wassenaar", "Hart voor Wassenaar", True),
    ("ORG", "Kamer van Koophandel", "Kamer van Koophandel", True),
    ("ORG", "Cliëntenraad Wet werk en bijstand Wassenaar", "Cliëntenraad", True),
    ("ORG", "Adviesraad Sociaal Domein", "Adviesraad Sociaal Domein", True),
    ("ORG", "Centraal Stembureau", "Centraal Stembureau", True),
    ("ORG", "Stichting Beheer Renbaan Duindigt", "Renbaan Duindigt", True),
    ("LAW", "Algemene wet bestuursrecht", "Algemene wet bestuursrecht", True),
    ("LAW", "Wet open overheid", "Wet open overheid", True),
    ("LAW", "Omgevingswet", "Omgevingswet", True),
    ("ROLE", "gemeentesecretaris", "gemeentesecretaris", True),
    ("ROLE", "burgemeester", "burgemeester", True),
    ("PLACE", "Rijksstraatweg", "Rijksstraatweg", True),
    ("PLACE", "Kasteel Oud-Wassenaar", "Kasteel Oud", True),
]
# keep probes added per document (kind, value, text, word)
KEEP_EXTRA = {
    W + "20220510_word365.pdf": [
        ("PERSON_PUBLIC", "gemeentesecretaris T.N. (N.) Kramer", "Kramer", True),
        ("PERSON_PUBLIC", "wethouder K. Wassenaar", "K. Wassenaar", True),
        ("ORG", "Huize Ivicke", "Huize Ivicke", True),
        ("ORG", "rechtbank Den Haag", "rechtbank Den Haag", True),
        ("ORG", "team Juridische Ondersteuning", "Juridische Ondersteuning", True),
    ],
    W + "20220830_word365.pdf": [
        ("PERSON_PUBLIC", "gemeentesecretaris N. Kramer", "Kramer", True),
        ("PERSON_PUBLIC", "wethouder B. Boon", "Boon", True),
    ],
    W + "20221220_word365.pdf": [
        ("PERSON_PUBLIC", "gemeentesecretaris N. Kramer", "Kramer", True),
        ("PERSON_PUBLIC", "wethouder B. Boon", "Boon", True),
        ("PERSON_PUBLIC", "Karin Handstede, designated gemeentesecretaris", "Karin Handstede", True),
    ],
    W + "20230124_word365.pdf": [
        ("PERSON_PUBLIC", "gemeentesecretaris N. Kramer", "Kramer", True),
        ("PERSON_PUBLIC", "wethouder B. Boon", "Boon", True),
    ],
    W + "20230221_word365.pdf": [
        ("PERSON_PUBLIC", "wethouder B. Boon", "Boon", True),
    ],
    W + "20230516_word365.pdf": [("ORG", "VNG", "VNG", True)],
    W + "20250701_word365.pdf": [("PERSON_PUBLIC", "loco-gemeentesecretaris A.P.A. Oostermeijer (signs)", "Oostermeijer", True)],
    W + "20250715_word365.pdf": [("PERSON_PUBLIC", "loco-gemeentesecretaris A.P.A. Oostermeijer (signs)", "Oostermeijer", True)],
    W + "20250819_word365.pdf": [("PERSON_PUBLIC", "loco-gemeentesecretaris A.P.A. Oostermeijer", "Oostermeijer", True)],
    W + "20250923_word365.pdf": [("PERSON_PUBLIC", "loco-gemeentesecretaris A.P.A. Oostermeijer", "Oostermeijer", True)],
    W + "20251202_word365.pdf": [("PERSON_PUBLIC", "gemeentesecretaris A. Oostermeijer", "Oostermeijer", True)],
    "bzk_iv3_informatievoorschrift_2026_quartz.pdf": [
        ("EMAIL_FUNCTIONAL", "postbusIv3@minbzk.nl", "postbusIv3@minbzk.nl", False),
        ("EMAIL_FUNCTIONAL", "postbusiv3@minbzk.nl", "postbusiv3@minbzk.nl", False),
        ("ORG", "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties", "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties", True),
        ("ORG", "Centraal Bureau voor de Statistiek", "Centraal Bureau voor de Statistiek", True),
        ("ORG", "CBS", "CBS", True),
        ("ORG", "Sociale Verzekeringsbank", "Sociale Verzekeringsbank", True),
        ("ORG", "SVB", "SVB", True),
        ("ORG", "commissie BBV", "commissie BBV", True),
        ("ORG", "VNG", "VNG", True),
        ("URL", "www.findo.nl", "www.findo.nl", False),
    ],
}
# common keep candidates not used in a document (text of the probe)
KEEP_SKIP = {
    W + "20240709_word365.pdf": {"Boon"},
}
