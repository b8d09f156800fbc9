"""Hand-written gold specification for eval/real28 (read from the PDFs' text and metadata).

Per document: redact items (kind, value, [probe texts]) and keep items (kind, value, [probe texts]).
All probes are word-anchored. make_gold.py turns this into gold/*.json: redact probes get after=0,
keep probes get after = their count in the PDFium text of the original.
"""

# Colophon of the five AI-verordening publications (CIO Rijk / BZK, Algoritmekader), identical in all.
_AIV_PEOPLE = [
    ("PERSON", "Joas van Ham (RijksICT Gilde)", ["van Ham"]),
    ("PERSON", "Nout van Deijck (RijksICT Gilde)", ["van Deijck"]),
    ("PERSON", "Isabel van Vledder (RijksICT Gilde)", ["van Vledder"]),
    ("PERSON", "Ouren Kuiper (Digitale Samenleving BZK)", ["Kuiper"]),
    ("PERSON", "Lynda la Payne (Privacy team CIO Rijk BZK)", ["la Payne"]),
    ("PERSON", "Martha Romkes (CIO Rijk BZK)", ["Romkes"]),
    ("PERSON", "Esther van Laar (CIO Rijk BZK)", ["van Laar"]),
]
_AIV_KEEP = [
    ("ORG", "RijksICT Gilde", ["RijksICT Gilde"]),
    ("ORG", "CIO Rijk", ["CIO Rijk"]),
    ("ORG", "BZK", ["BZK"]),
    ("ORG", "CDO-raad", ["CDO-raad"]),
    ("ORG", "Europese Commissie", ["Europese Commissie"]),
    ("EMAIL_FUNCTIONAL", "ai-verordening@minbzk.nl", ["ai-verordening@minbzk.nl"]),
]
_ALEF_KEEP = [
    ("PRODUCT", "ALEF (rule engine of the Belastingdienst)", ["ALEF"]),
    ("OTHER", "Leergang Regelbeheer", ["Leergang Regelbeheer"]),
]
_BOKHOVE = ("PERSON", "Eric N.H. BOKHOVE (Info /Author)", ["BOKHOVE"])
_NH_KEEP = [("ORG", "provincie Noord-Holland", ["Noord-Holland"]), ("OTHER", "Areaaldata", ["Areaaldata"])]

SPEC = {
    "zl_cps_functioneel_ontwerp_v10_word2016.pdf": {
        "redact": [
            ("PERSON", "Ronald Coppoolse, functioneel beheerder", ["Coppoolse"]),
            ("PERSON", "Trudy van Linden, data architect", ["van Linden"]),
            ("PERSON", "Wim Kosten, Lead engineer ICT-Geo", ["Wim Kosten"]),
            ("PERSON", "Wim Kouwenberg, DBA", ["Kouwenberg"]),
            ("PERSON", "Derk Korpershoek, DBA", ["Korpershoek"]),
            ("PERSON", "Aart Allemekinders, IT architect (also Info /Author, XMP dc:creator)", ["Allemekinders"]),
        ],
        "keep": [
            ("ORG", "Provincie Zeeland", ["Provincie Zeeland"]),
            ("ORG", "Forum Standaardisatie", ["Forum Standaardisatie"]),
            ("URL", "content.zeeland.nl", ["content.zeeland.nl"]),
        ],
    },
    "zl_cps_technisch_ontwerp_v10_word2016.pdf": {
        "redact": [
            ("PERSON", "A.P. Allemekinders (contactpersoon Provincie Zeeland)", ["Allemekinders"]),
            ("PERSON", "Judith Steijne (author, supplier)", ["Steijne"]),
            ("EMAIL", "j.steijne@i-experts.nl (Info /Author, XMP dc:creator)", ["j.steijne@i-experts.nl"]),
            ("PERSON", "Erik Boode (author, supplier)", ["Boode"]),
        ],
        "keep": [
            ("ORG", "Provincie Zeeland", ["Provincie Zeeland"]),
            ("ORG", "I-Experts (supplier)", ["I-Experts"]),
            ("EMAIL_FUNCTIONAL", "info@i-experts.nl (supplier's general mailbox, page footer)", ["info@i-experts.nl"]),
            ("ORG", "Microsoft", ["Microsoft"]),
            ("ADDRESS_ORG", "I-Experts B.V., Boogschutterstraat 1, 7324 AE Apeldoorn (company address, page footer)", ["Boogschutterstraat 1", "7324 AE"]),
        ],
    },
    "zl_cps_doelarchitectuur_v12_word2016.pdf": {
        "redact": [("PERSON", "Allemekinders A.P. (Aart) (Info /Author, XMP dc:creator)", ["Allemekinders"])],
        "keep": [],
    },
    "nh_areaaldata_productspec_41_word2016.pdf": {
        "redact": [
            ("PERSON", "Linda Bannink (version history)", ["Bannink"]),
            ("PERSON", "Remco Jansen (version history)", ["Remco Jansen"]),
            ("PERSON", "Peter Meijer (version history)", ["Meijer"]),
            ("PERSON", "Leo Visser (internal review)", ["Leo Visser"]),
            ("PERSON", "Niels Hoffmann (version history; Info /Author 'Hoffmann, dhr. N.O. (Niels)')", ["Hoffmann"]),
            ("PERSON", "Bart Monné (version history)", ["Monné"]),
        ],
        "keep": [
            ("ORG", "provincie Noord-Holland", ["Noord-Holland"]),
            ("EMAIL_FUNCTIONAL", "kaartendata@noord-holland.nl", ["kaartendata@noord-holland.nl"]),
            ("ORG", "BGT", ["BGT"]),
            ("OTHER", "Areaaldata", ["Areaaldata"]),
        ],
    },
    "nh_areaaldata_releasenotes_403_word2010.pdf": {
        "redact": [("PERSON", "Sander Waterbeemd (Info /Author, XMP dc:creator)", ["Waterbeemd"])],
        "keep": [("ORG", "BGT", ["BGT"]), ("OTHER", "Areaaldata", ["Areaaldata"]), ("PRODUCT", "Gisib", ["Gisib"])],
    },
    "nh_werkinstructie_arcs_word365.pdf": {
        "redact": [("PERSON", "Martijn Nijhout (Info /Author, XMP dc:creator)", ["Nijhout"])],
        "keep": _NH_KEEP,
    },
    "nh_werkinstructie_oevervak_word365.pdf": {
        "redact": [("PERSON", "Martijn Nijhout (Info /Author, XMP dc:creator)", ["Nijhout"])],
        "keep": [("OTHER", "Areaaldata", ["Areaaldata"]), ("ORG", "NEN", ["NEN"])],
    },
    "nh_werkinstructie_ovl_vri_word365.pdf": {
        "redact": [("PERSON", "Jelle Gulmans (Info /Author, XMP dc:creator)", ["Gulmans"])],
        "keep": _NH_KEEP,
    },
    "bzk_aiv_blauwdruk_geletterdheid_pdflib.pdf": {
        "redact": _AIV_PEOPLE + [("PERSON", "'Werk Joas' (Info /Author, XMP dc:creator)", ["Werk Joas"])],
        "keep": _AIV_KEEP,
    },
    "bzk_aiv_factsheet_bestuurders_quartz.pdf": {"redact": _AIV_PEOPLE, "keep": _AIV_KEEP},
    "bzk_aiv_factsheet_inkopers_quartz.pdf": {"redact": _AIV_PEOPLE, "keep": _AIV_KEEP},
    "bzk_aiv_handreiking_aisystemen_pdflib.pdf": {
        "redact": _AIV_PEOPLE,
        "keep": _AIV_KEEP + [("ORG", "Algemene Rekenkamer", ["Algemene Rekenkamer"])],
    },
    "bzk_aiv_roadmap_quartz.pdf": {"redact": _AIV_PEOPLE, "keep": _AIV_KEEP},
    "bd_alef_presentatie220_ppt2013.pdf": {"redact": [_BOKHOVE], "keep": _ALEF_KEEP},
    "bd_alef_presentatie300_ppt2013.pdf": {"redact": [_BOKHOVE], "keep": _ALEF_KEEP},
    "bd_alef_opdracht60_word2013.pdf": {"redact": [_BOKHOVE], "keep": _ALEF_KEEP},
    "bd_alef_toetscombinaties_ppt2013.pdf": {"redact": [_BOKHOVE], "keep": [("PRODUCT", "Git", ["Git"])]},
    "bd_wettreinen2018_word2013.pdf": {
        "redact": [("PERSON", "Arjan A. Kalkema (Info /Author)", ["Kalkema"])],
        "keep": _ALEF_KEEP + [("ORG", "Belastingdienst", ["Belastingdienst"])],
    },
    "ictu_kwaliteitsaanpak_full_qt486.pdf": {
        "redact": [],
        "keep": [
            ("ORG", "ICTU", ["ICTU"]),
            ("ORG", "Forum Standaardisatie", ["Forum Standaardisatie"]),
            ("OTHER", "NORA", ["NORA"]),
            ("ORG", "OWASP", ["OWASP"]),
            ("ORG", "Rijksoverheid", ["Rijksoverheid"]),
        ],
    },
}
