"""Hand-written gold specification for eval/real36 (read from the PDFs' PDFium text, the Info/XMP metadata and, for
the OCR scans, their text layer, as the evaluator's own channel dumps show them).

Per document: redact items (kind, value, [probes]) and keep items (kind, value, [probes]).
A probe is a string (word-anchored) or a (string, word) pair. make_gold.py turns this into gold/*.json: redact
probes get after=0, keep probes get after = their count in the PDFium text of the original (keep probes with count
0 are dropped with a warning, so a shared keep item only counts in the documents where it occurs).

Sources (see README.md and fetch_sources.txt): two public repositories that earlier corpora used too, with files
no earlier corpus used (every sha256 checked against /work/wt/used_sha256.txt and the earlier fetch_sources.txt):

* ``julianvenhuizen/wob-letter-extraction`` (``data/Amsterdam``, ``data/WooIR``): Wob decisions of the gemeente
  Amsterdam (central city, stadsdelen Centrum, Noord, Nieuw-West) 2018-2021, and Wob decisions of the ministries
  of VWS and OCW (corona) and of LNV (pelagic fishery near the Faroe Islands).
* ``OpenCoevorden/publicaties`` (``docs``): Woo decisions of the gemeente Coevorden 2023-2026 with the request and
  the released documents, and two attachments of a Woo decision (a VNG ledenbrief, a Kamerbrief).

Rules used here: names of civil servants are redacted, also when they sign "namens" the college or the minister
(municipal directors and teammanagers, the stadsdeel's signer "b/a", the director WJZ of OCW, the plv.
secretaris-generaal / director WJZ of VWS), and so are civil servants' account ids and names in the document
properties (Info /Author, XMP dc:creator) and a private requester's mobile number. Kept: office holders in their
role (the staatssecretaris of JenV, a wethouder of Coevorden used as a search term), organisations and their
acronyms, places and streets, laws, programmes, functional mailboxes, general numbers, case numbers.
"""

# ------------------------------------------------------------------ shared keep items
def K(kind, value, probes):
    return (kind, value, probes)

AMS_COMMON = [
    K("ORG", "Gemeente Amsterdam", ["Gemeente Amsterdam", "gemeente Amsterdam"]),
    K("PLACE", "Amsterdam", ["Amsterdam"]),
    K("LAW", "Wet openbaarheid van bestuur", ["Wet openbaarheid van bestuur"]),
    K("LAW", "Algemene wet bestuursrecht", ["Algemene wet bestuursrecht"]),
    K("ORG", "Juridisch Bureau", ["Juridisch Bureau"]),
    K("ORG", "Rechtbank Amsterdam", ["Rechtbank Amsterdam"]),
    K("ORG", "Directie Juridische Zaken", ["Directie Juridische Zaken"]),
    K("ORG", "Bestuurscommissie Noord", ["Bestuurscommissie Noord"]),
    K("OTHER", "general number 14 020", [("14 020", False), ("14020", False)]),
    K("ADDRESS_PUBLIC", "Postbus 202 / Postbus 483 (city hall / legal dept.)", [("Postbus 202", False), ("Postbus 483", False)]),
    K("ADDRESS_PUBLIC", "Amstel 1 (city hall)", [("Amstel 1", False)]),
    K("ADDRESS_PUBLIC", "Buikslotermeerplein (stadsdeel Noord office)", ["Buikslotermeerplein"]),
    K("OTHER", "Wob-coördinator (job title)", ["Wob-coördinator"]),
    K("OTHER", "Wob-verzoek", ["Wob-verzoek"]),
    K("LAW", "Wet Bibob", ["Wet Bibob"]),
]
SCHIPPERS = ("PERSON", "C.T.M. Schippers, directeur Grond en Ontwikkeling (civil servant, signs namens B&W)",
             ["Schippers"])
GROOT = ("PERSON", "Annemarie Groot (civil servant, signs namens B&W)", ["Annemarie Groot", "Groot"])
VELDEN = ("PERSON", "R. van der Velden (civil servant, signs b/a for the secretary of the Bestuurscommissie Noord)",
          ["Velden", ("R. van der Velden", False)])
GRONDONTW = K("ORG", "directie Grond en Ontwikkeling", ["Grond en Ontwikkeling", ("Grond & Ontwikkeling", False)])

RIJK_COMMON = [
    K("PLACE", "Den Haag", ["Den Haag"]),
    K("ORG", "RIVM", ["RIVM"]),
    K("ORG", "Ministerie van VWS", ["VWS", "Welzijn en Sport"]),
    K("ORG", "Ministerie van OCW", ["OCW", "Ministerie van Onderwijs"]),
    K("ORG", "Directie Wetgeving en Juridische Zaken", ["WJZ", "Directie Wetgeving"]),
    K("OTHER", "functional mailbox WJZ.bezwaarenberoep@minvws.nl", [("WJZ.bezwaarenberoep@minvws.nl", False)]),
    K("OTHER", "Wob-verzoek", ["Wob-verzoek", "Wob-verzoeken"]),
    K("OTHER", "Covid-19", ["Covid-19"]),
    K("ORG", "OMT", ["OMT"]),
    K("ORG", "Rijksdienst voor Ondernemend Nederland", ["RVO"]),
]

COE_COMMON = [
    K("ORG", "Gemeente Coevorden", ["Gemeente Coevorden", "gemeente Coevorden"]),
    K("PLACE", "Coevorden", ["Coevorden"]),
    K("OTHER", "functional mailbox info@coevorden.nl", [("info@coevorden.nl", False)]),
    K("OTHER", "general number 14 0524", [("14 0524", False)]),
    K("OTHER", "general fax 0524-598555", [("0524-598555", False)]),
    K("ADDRESS_PUBLIC", "Kasteel 1 (town hall)", [("Kasteel 1", False)]),
    K("LAW", "Wet open overheid / Woo", ["Wet open overheid", "Woo-verzoek"]),
    K("ORG", "Raad van State", ["Raad van State"]),
    K("ORG", "Team Omgevingsontwikkeling", ["Team Omgevingsontwikkeling"]),
    K("OTHER", "Jurist omgevingsrecht (job title)", ["Jurist omgevingsrecht"]),
]
RBK03 = ("PERSON", "RBK03, account id of a Coevorden civil servant (Info /Author only)", [("RBK03", False)])
CSE03 = ("PERSON", "CSE03, account id of a Coevorden civil servant (Info /Author only)", [("CSE03", False)])

SPEC = {
    # ------------------------------------------------------------ gemeente Amsterdam
    "ams_wob_grondwaarde_brondocumentatie_2020.pdf": {
        "redact": [SCHIPPERS],
        "keep": AMS_COMMON + [GRONDONTW,
                 K("OTHER", "kenmerk 2020-13525", [("2020-13525", False)]),
                 K("OTHER", "Burgemeester en Wethouders van Amsterdam", ["Burgemeester en Wethouders van Amsterdam"]),
                 K("OTHER", "grondwaardeberekeningen", ["grondwaardeberekeningen"])],
    },
    "ams_wob_meervaart_participatie_2021.pdf": {
        "redact": [SCHIPPERS],
        "keep": AMS_COMMON + [GRONDONTW,
                 K("OTHER", "kenmerk NW20-11557", [("NW20-11557", False)]),
                 K("ORG", "Stadsarchief", ["Stadsarchief"]),
                 K("OTHER", "Directeur Grond en Ontwikkeling (title)", ["Directeur Grond en Ontwikkeling"]),
                 K("ORG", "Theater de Meervaart", ["Meervaart"])],
    },
    "ams_wob_spanjer_afvalcijfers.pdf": {
        "redact": [GROOT],
        "keep": AMS_COMMON + [
                 K("OTHER", "Burgermeester en Wethouders (as printed)", ["Burgermeester en Wethouders"]),
                 K("OTHER", "papier/karton/glasbakken", [("papier/karton/glasbakken", False)]),
                 K("OTHER", "asbest", ["asbest"])],
    },
    "ams_wob_qcore_modelbesluit.pdf": {
        "redact": [GROOT],
        "keep": AMS_COMMON + [
                 K("OTHER", "Burgermeester en Wethouders (as printed)", ["Burgermeester en Wethouders"])],
    },
    "ams_wob_frans_halsbuurt.pdf": {
        "redact": [("PERSON", "Reindert Bant (civil servant, signs namens B&W)", ["Reindert Bant", "Bant"])],
        "keep": AMS_COMMON + [
                 K("PLACE", "Frans Halsbuurt (Voorlopig Ontwerp Frans Halsbuurt 2019)", ["Frans Halsbuurt"]),
                 K("OTHER", "Voorlopig Ontwerp", ["Voorlopig Ontwerp"])],
    },
    "ams_wob_handhavingsverzoeken_doklaan_2020.pdf": {
        "redact": [("PERSON", "Natascha Erkelens-Boering, teammanager Procesuitvoering VTH (civil servant)",
                    ["Natascha", "Erkelens", "Boering"])],
        "keep": AMS_COMMON + [
                 K("PLACE", "Plantage Doklaan", ["Plantage Doklaan"]),
                 K("OTHER", "kenmerk CE20-07907", [("CE20-07907", False)]),
                 K("OTHER", "Teammanager Procesuitvoering VTH (title)", ["Teammanager Procesuitvoering VTH"])],
    },
    "ams_noord_wob_ketenterrein_2020_omnipage.pdf": {
        "redact": [VELDEN],
        "keep": AMS_COMMON + [
                 K("ORG", "Van Gelder (contractor)", ["Van Gelder"]),
                 K("PLACE", "Vogeldorp", ["Vogeldorp"]),
                 K("PLACE", "Meeuwenlaan", ["Meeuwenlaan"]),
                 K("PLACE", "Zamenhofstraat", ["Zamenhofstraat"]),
                 K("OTHER", "BLVC-plan", ["BLVC-plan"]),
                 K("OTHER", "kenmerk N019-04966 (OCR)", [("N019-04966", False)]),
                 K("OTHER", "Stadsdeelregisseur (title)", ["Stadsdeelregisseur"])],
    },
    "ams_wob_grondwaardecommissie_omnipage.pdf": {
        "redact": [("PERSON", "Pierre ..., directeur Grond en Ontwikkeling 2018 (civil servant; OCR 'Pierre va IOR')",
                    ["Pierre"])],
        "keep": AMS_COMMON + [
                 K("OTHER", "WOB-besluit Grondwaardecommissie", ["Grondwaardecommissie"]),
                 K("OTHER", "Burgemeester en Wethouders van Amsterdam", ["Burgemeester en Wethouders van Amsterdam"])],
    },
    "ams_noord_wob_parkeren_kopjachtplein.pdf": {
        "redact": [VELDEN],
        "keep": AMS_COMMON + [
                 K("PLACE", "Kopjachtplein", ["Kopjachtplein"]),
                 K("OTHER", "kenmerk NO20-05753", [("NO20-05753", False)]),
                 K("OTHER", "functional mailbox wob.coordinatie.sdn@amsterdam.nl", [("wob.coordinatie.sdn@amsterdam.nl", False)])],
    },
    "ams_noord_wob_bouwtekeningen_hilversumstraat.pdf": {
        "redact": [VELDEN],
        "keep": AMS_COMMON + [
                 K("PLACE", "Hilversumstraat", ["Hilversumstraat"]),
                 K("OTHER", "kenmerk NO20-05403", [("NO20-05403", False)]),
                 K("ORG", "Bouwarchief", ["Bouwarchief"])],
    },
    "ams_wob_biofuel_programma_2020.pdf": {
        "redact": [],
        "keep": AMS_COMMON + [
                 K("ORG", "KLM", ["KLM"]),
                 K("ORG", "Koninklijke Luchtvaartmaatschappij", ["Koninklijke Luchtvaartmaatschappij"]),
                 K("OTHER", "Corporate Biofuel Programma", ["Corporate Biofuel Programma"]),
                 K("ORG", "ABRvS", ["ABRvS"])],
    },
    "ams_wob_terrasvergunningen_centrum_2020.pdf": {
        "redact": [("PERSON", "Blonk, private person / company contact named in an inventory title ('Mail extern heer Blonk')",
                    ["Blonk"]),
                   ("PERSON", "khemai, person named in an inventory title ('heer Blonk en khemai info')", ["khemai"])],
        "keep": AMS_COMMON + [
                 K("ORG", "Victoria Hotel", ["Victoria Hotel"]),
                 K("PLACE", "Damrak", ["Damrak"]),
                 K("PLACE", "Koggestraat", ["Koggestraat"]),
                 K("ORG", "Enjoy Italy BV", ["Enjoy Italy"]),
                 K("ORG", "Labré Advocaten (law firm)", ["Labré Advocaten", "Labre Advocaten"]),
                 K("ORG", "GreenbergTraurig (law firm of the requester)", ["GreenbergTraurig"]),
                 K("OTHER", "Terrassenbeleid 2011", ["Terrassenbeleid"]),
                 K("OTHER", "BRW", ["BRW"])],
    },
    "coe_woo_omzettingsvergunning_2026.pdf": {
        "redact": [CSE03],
        "keep": COE_COMMON + [K("OTHER", "Power Browser / Medewerkersportaal (systems)", ["Power Browser", "Medewerkersportaal"]),
                              K("OTHER", "ECLI:NL:RVS:2024:1066", [("ECLI:NL:RVS:2024:1066", False)]),
                              K("OTHER", "zaaknummer 30449-2026", [("30449-2026", False)]),
                              K("OTHER", "omzettingsvergunning", ["omzettingsvergunning"]),
                              K("OTHER", "Team Leefomgeving", ["Leefomgeving"])],
    },
    "coe_woo_meetdata_overstorten_2025.pdf": {
        "redact": [RBK03],
        "keep": COE_COMMON + [K("ORG", "Waterschap Drents Overijsselse Delta", ["Waterschap Drents Overijsselse"]),
                              K("OTHER", "functional mailbox info@wdodelta.nl", [("info@wdodelta.nl", False)]),
                              K("ORG", "Team Vastgoed en Infrastructuur", ["Vastgoed en Infrastructuur"]),
                              K("OTHER", "kenmerk 37002-2025", [("37002-2025", False)]),
                              K("OTHER", "rioolwater overstorten", ["rioolwater overstorten"])],
    },
    # ------------------------------------------------------------ ministries (VWS, OCW, RVO/LNV)
    "vws_wob_corona_scholen_deelbesluit1_omnipage.pdf": {
        "redact": [("PERSON", "mr. C. Riezebos, directeur WJZ of OCW (civil servant, signs namens the minister)",
                    ["Riezebos"])],
        "keep": RIJK_COMMON + [
                 K("ORG", "Nieuwsuur", ["Nieuwsuur"]),
                 K("ORG", "Folkhalsomyndigheten", ["Folkhalsomyndigheten"]),
                 K("ORG", "Inspectie (van het Onderwijs)", ["Inspectie"]),
                 K("PLACE", "Rijnstraat", ["Rijnstraat"]),
                 K("OTHER", "minister voor Basis- en Voortgezet Onderwijs en Media (role)", ["Basis- en Voortgezet Onderwijs"])],
    },
    "vws_wob_digitale_middelen_omnipage.pdf": {
        "redact": [("PERSON", "mw. A.I. Norville MSc, plv. secretaris-generaal / directie WJZ VWS (civil servant, "
                    "signs namens the minister; OCR 'Nórville')", ["Nórville"]),
                   ("PERSON", "Ed Parsons, company staff named in an inventory title ('Verslag gesprek Ed Parsons')",
                    ["Ed Parsons", "Parsons"]),
                   ("PERSON", "Elderson, person named in an inventory title ('RE Lead Elderson Stay Safe')",
                    ["Elderson"])],
        "keep": RIJK_COMMON + [
                 K("ORG", "Ksyos Digitale Polikliniek", ["Ksyos"]),
                 K("OTHER", "Stay Safe app", ["Stay Safe"]),
                 K("OTHER", "Minister van Volksgezondheid (role)", ["Minister van Volksgezondheid"])],
    },
    "vws_wob_scenarios_maatregelen_omnipage.pdf": {
        "redact": [("PERSON", "mw. A.I. Norville MSc (civil servant, signs namens the minister)", ["Norville"])],
        "keep": RIJK_COMMON + [
                 K("OTHER", "Minister van Volksgezondheid (role)", ["Minister van Volksgezondheid"])],
    },
    "lnv_wob_pelagische_visserij_faeroer_2021.pdf": {
        "redact": [],
        "keep": [K("PERSON_PUBLIC", "PM Johannesen, prime minister of the Faroe Islands (office holder; 'CV van PM Johannesen')",
                   ["Johannesen"]),
                 K("ORG", "Parlevliet & Van der Plas (company)", ["Parlevliet"]),
                 K("ORG", "VNO-NCW", ["VNO-NCW"]),
                 K("ORG", "MinEZK / MinBuZa / MinAZ (ministries in the inventory)", ["MinEZK", "MinBuZa", "MinAZ"]),
                 K("ORG", "Directoraat-generaal Natuur, Visserij en Landelijk gebied", ["DGNVLG"]),
                 K("ORG", "LNV", ["LNV"]),
                 K("ORG", "Pelagic Freezer-trawler Association", ["PFA", "Pelagicfish"]),
                 K("PLACE", "Faeröer", ["Faeröer"]),
                 K("PLACE", "Faroe Islands", ["Faroe Islands"]),
                 K("PLACE", "Tinganes", ["Tinganes"]),
                 K("ORG", "rechtbank Midden-Nederland", ["Midden-Nederland"]),
                 K("ORG", "Buitenlandse Zaken", ["Buitenlandse Zaken"]),
                 K("OTHER", "kenmerk DGNVLG / 21211984", [("21211984", False)])],
    },
    # ------------------------------------------------------------ gemeente Coevorden
    "coe_bijlage_vng_ledenbrief_oekraine_word365.pdf": {
        "redact": [("PERSON", "Anouk Smid, VNG staff member (Info /Author and XMP dc:creator only)", ["Anouk Smid"])],
        "keep": [K("ORG", "VNG", ["VNG"]),
                 K("ORG", "Vereniging van Nederlandse Gemeenten", ["Vereniging van Nederlandse Gemeenten"]),
                 K("ORG", "JenV", ["JenV"]),
                 K("OTHER", "Basisregistratie Personen / BRP", ["Basisregistratie Personen", "BRP"]),
                 K("PLACE", "Oekraïne", ["Oekraïne"]),
                 K("PLACE", "Den Haag", ["Den Haag"]),
                 K("ORG", "Tweede Kamer", ["Tweede Kamer"]),
                 K("OTHER", "Leefgeld", ["Leefgeld"]),
                 K("OTHER", "kenmerk U202200238", [("U202200238", False)]),
                 K("OTHER", "functional mailbox info@vng.nl", [("info@vng.nl", False)])],
    },
    "coe_bijlage_verzamelbrief_opvang_oekraine_itext.pdf": {
        "redact": [],
        "keep": [K("PERSON_PUBLIC", "E. van der Burg, staatssecretaris van JenV (office holder)", ["van der Burg"]),
                 K("OTHER", "Staatssecretaris van Justitie en Veiligheid (role)", ["Staatssecretaris van Justitie en Veiligheid"]),
                 K("PLACE", "Oekraïne", ["Oekraïne"]),
                 K("ORG", "COA", ["COA"]),
                 K("ORG", "LCPS", ["LCPS"]),
                 K("ORG", "Rijksvastgoed", ["Rijksvastgoed"]),
                 K("OTHER", "SPUK", ["SPUK"]),
                 K("ORG", "LOWAN", ["LOWAN"]),
                 K("ORG", "Europese Commissie", ["Europese Commissie"]),
                 K("ORG", "Ministeriële Commissie Crisisbeheersing", ["Ministeriële Commissie Crisisbeheersing"]),
                 K("PLACE", "Polen", ["Polen"]),
                 K("ORG", "Tweede Kamer", ["Tweede Kamer"])],
    },
    "coe_woo_verzoek_opvang_ossehaar_ricoh.pdf": {
        "redact": [],
        "keep": COE_COMMON + [K("PLACE", "Ossehaar (location)", ["Ossehaar"]),
                              K("OTHER", "Oekraïense (refugees)", ["Oekraïense"])],
    },
    "coe_woo_dorpsbudget_schoonoord_2023.pdf": {
        "redact": [RBK03],
        "keep": COE_COMMON + [K("PLACE", "Schoonoord", ["Schoonoord"]),
                              K("ORG", "Werkgroep Dorpsbudget Schoonoord", ["Werkgroep Dorpsbudget Schoonoord"]),
                              K("ORG", "Dorpsbelangen Schoonoord", ["Dorpsbelangen Schoonoord"]),
                              K("OTHER", "Gebiedscoördinator (title)", ["Gebiedscoördinator"]),
                              K("OTHER", "Het Schoonoords Krantje", ["Schoonoords Krantje"]),
                              K("OTHER", "Info Mailbox", ["Info Mailbox"])],
    },
    "coe_woo_heffingen_belastingen_2023_pdf24.pdf": {
        "redact": [],
        "keep": COE_COMMON + [K("OTHER", "company mailbox info@bespaarbelasting.com", [("info@bespaarbelasting.com", False)]),
                              K("OTHER", "tax names", ["Afvalstoffenheffing", "Rioolheffing", "Toeristenbelasting",
                                                       "Precariobelasting", "Reclamebelasting"]),
                              K("ORG", "Hoge Raad", ["Hoge Raad"]),
                              K("OTHER", "Team belastingen & WOZ", ["WOZ"])],
    },
    "coe_woo_uitspraak_wethouder_transformatie_2024.pdf": {
        "redact": [RBK03],
        "keep": COE_COMMON + [K("PERSON_PUBLIC", "Steven Stegen, wethouder of Coevorden (office holder, a search term)",
                                ["Steven Stegen"]),
                              K("ORG", "bungalowpark Wico", ["Wico"]),
                              K("PLACE", "Slenerweg", ["Slenerweg"]),
                              K("PLACE", "Drenthe", ["Drenthe"]),
                              K("ORG", "Team Vitale Vakantieparken Coevorden", ["Vitale Vakantieparken"]),
                              K("OTHER", "ECLI:NL:RVS", [("ECLI:NL:RVS", False)]),
                              K("ORG", "Dagblad van het Noorden", ["Dagblad van het Noorden"])],
    },
    "coe_woo_percelen_selectie_h_2026.pdf": {
        "redact": [CSE03],
        "keep": COE_COMMON + [K("PLACE", "Europaweg", ["Europaweg"]),
                              K("ORG", "Vechtstromen", ["Vechtstromen"]),
                              K("OTHER", "Powerbrowser en Medewerkersportaal", ["Powerbrowser"]),
                              K("PLACE", "Buitengebied Coevorden", ["Buitengebied Coevorden"])],
    },
    "coe_woo_windmolens_meppen_2023.pdf": {
        "redact": [RBK03,
                   ("PHONE", "mobile number of the private requester in the Woo form", [("0612261461", False)])],
        "keep": COE_COMMON + [K("PLACE", "Meppen", ["Meppen"]),
                              K("OTHER", "Omgevingsontwikkeling", ["Omgevingsontwikkeling"])],
    },
    "coe_woo_documentatie_woz_2023.pdf": {
        "redact": [RBK03],
        "keep": COE_COMMON + [K("LAW", "Wet WOZ", ["Wet WOZ"]),
                              K("OTHER", "WOZ", ["WOZ"]),
                              K("ORG", "Bartels Consultancy", ["Bartels Consultancy"]),
                              K("ORG", "ABRvS", ["ABRvS"]),
                              K("OTHER", "NEN-2580", [("NEN-2580", False)]),
                              K("OTHER", "AVG", ["AVG"]),
                              K("ORG", "Team Burgerzaken", ["Team Burgerzaken"])],
    },
}
