"""Hand-written gold specification for eval/real35 (read from the PDFs' PDFium text, the Info/XMP metadata and the
OCR of the scanned pages, as the evaluator's own channel dumps show them).

Per document: redact items (kind, value, [probes]) and keep items (kind, value, [probes]).
A probe is a string (word-anchored) or a (string, word) pair. make_gold.py turns this into
gold/*.json: redact probes get after=0, keep probes get after = their count in the PDFium text of
the original (keep probes with count 0 are dropped with a warning; for image-only scans that means that
keep probes only count where a text layer exists).

All documents come from one public repository, ``eerlijkeverkiezingen/demografie`` (folder ``bijlage/NL``), which
collected the parliamentary papers on two files: the constitutional position of Bonaire, Sint Eustatius and Saba
and the election of the Eerste Kamer by the island councils (Kamerstukken 33 131, 33 268, 33 900) and the Wet
raadgevend referendum (30 174, 30 372, 33 934, 33 951). Three groups (see README.md):

* ``bzk_*``, ``kiesraad_*``, ``saba_*``, ``statia_*``, ``bonaire_*``, ``ek_brief_*``: letters and advice sent with
  Kamerstukken as ``blg-`` attachments (2012-2015): letters of the minister of BZK, advice of the Kiesraad, replies
  of the Bestuurscolleges and island-council members of the three islands, a letter of two Eerste Kamer committee
  chairs, a consultation draft and a draft Besluit raadgevend referendum. Many are scans (some with an OCR text
  layer, some image-only).
* ``tk_kst_*``, ``ek_kst_*``: Kamerstukken (verslagen, nader verslag, verslag van een mondeling / algemeen overleg,
  voorlopig verslag, adviesaanvraag) of the Tweede and Eerste Kamer, signed by the committee chair and the
  committee clerk.
* ``tk_handelingen_*``: one page of the Handelingen (a vote).

Rules used here: the names of civil servants are redacted — the clerks (griffier, adjunct-griffier, waarnemend
griffier) of parliamentary committees, and the civil servants named only in the document properties (Info /Author,
XMP ``dc:creator``: a BZK account id ``lams0610``, ``Augusteijns, L.J. (Linda)``, ``Breunese``). Kept: office
holders in their role (ministers Plasterk and Spies, members of the Tweede and Eerste Kamer, the Griffier of the
Tweede Kamer as the chamber's highest official, gezaghebbers, island-council members and the chair of the island
council, the eilandsecretarissen as the islands' counterparts of a gemeentesecretaris, the (deputy) chair of the
Kiesraad), organisations, places, laws, Kamerstuk numbers and reference numbers, functional mailboxes and general
numbers of the island governments.
"""

# ---------------------------------------------------------------- shared keep items
BZK = ("ORG", "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties", ["Binnenlandse Zaken"])
KONINKRIJK = ("ORG", "Koninkrijksrelaties (ministry / committee)", ["Koninkrijksrelaties"])
KIESRAAD = ("ORG", "Kiesraad", ["Kiesraad", ("KIESRAAD", False)])
EK = ("ORG", "Eerste Kamer", ["Eerste Kamer"])
TK = ("ORG", "Tweede Kamer", ["Tweede Kamer"])
RVS = ("ORG", "Raad van State", ["Raad van State"])
HOF = ("ORG", "Gemeenschappelijk Hof van Justitie", ["Gemeenschappelijk Hof"])
BONAIRE = ("PLACE", "Bonaire", ["Bonaire"])
STATIA = ("PLACE", "Sint Eustatius", ["Sint Eustatius"])
SABA = ("PLACE", "Saba", ["Saba"])
CN = ("PLACE", "Caribisch Nederland", ["Caribisch Nederland"])
DENHAAG = ("PLACE", "Den Haag", ["Den Haag"])
KIESWET = ("LAW", "Kieswet", ["Kieswet"])
GRONDWET = ("LAW", "Grondwet", ["Grondwet"])
WRR = ("LAW", "Wet raadgevend referendum", ["Wet raadgevend referendum"])
WOLBES = ("LAW", "Wet openbare lichamen Bonaire, Sint Eustatius en Saba", ["Wet openbare lichamen"])
PLASTERK = ("PERSON_PUBLIC", "R.H.A. Plasterk, minister van BZK (office holder)", ["Plasterk"])
POSTBUS_BZK = ("ADDRESS_PUBLIC", "Postbus 20011 (BZK general postal address)", [("Postbus 20011", False)])
TURFMARKT = ("ADDRESS_PUBLIC", "Turfmarkt 147 (BZK visiting address)", [("Turfmarkt 147", False)])
HERENGRACHT = ("ADDRESS_PUBLIC", "Herengracht 21 (Kiesraad visiting address)", [("Herengracht 21", False)])
KIESRAAD_MAIL = ("OTHER", "functional mailbox kiesraad@kiesraad.nl", [("kiesraad@kiesraad.nl", False)])
STATIA_MAIL = ("OTHER", "functional mailbox office.islandsec@statiagov.com",
               [("office.islandsec@statiagov.com", False)])
SABA_TEL = ("OTHER", "general number of the Saba government (599) 416-3311", [("416-3311", False)])
K33131 = ("OTHER", "Kamerstuk 33 131", [("33 131", False)])
K33268 = ("OTHER", "Kamerstuk 33 268", [("33 268", False)])
K33900 = ("OTHER", "Kamerstuk 33 900", [("33 900", False)])
K30174 = ("OTHER", "Kamerstuk 30 174", [("30 174", False)])
K30372 = ("OTHER", "Kamerstuk 30 372", [("30 372", False)])
K33934 = ("OTHER", "Kamerstuk 33 934", [("33 934", False)])
K33951 = ("OTHER", "Kamerstuk 33 951", [("33 951", False)])
EILANDSRAAD = ("ORG", "eilandsraad (island council)", [("eilandsraad", False)])
BESTUURSCOLLEGE = ("ORG", "Bestuurscollege (island executive)", ["Bestuurscollege"])
OPENBAAR_LICHAAM = ("ORG", "Openbaar Lichaam", ["Openbaar Lichaam", "openbaar lichaam"])
COMMISSIE_BIZA = ("ORG", "vaste commissie voor Binnenlandse Zaken", ["vaste commissie voor Binnenlandse Zaken"])
REFERENDUM = ("OTHER", "raadgevend referendum (programme / law subject)", ["raadgevend referendum"])

# EK committee BZK/AZ composition (Samenstelling footnote) -- senators, kept
EK_SAMENSTELLING = [
    ("PERSON_PUBLIC", "senator Holdijk (SGP)", ["Holdijk"]),
    ("PERSON_PUBLIC", "senator Kox (SP)", ["Kox"]),
    ("PERSON_PUBLIC", "senator Sylvester (PvdA)", ["Sylvester"]),
    ("PERSON_PUBLIC", "senator Engels (D66), committee chair", ["Engels"]),
    ("PERSON_PUBLIC", "senator Thissen (GL)", ["Thissen"]),
    ("PERSON_PUBLIC", "senator Nagel (50PLUS)", ["Nagel"]),
    ("PERSON_PUBLIC", "senator Van Bijsterveld (CDA)", ["Van Bijsterveld"]),
    ("PERSON_PUBLIC", "senator Duthler (VVD)", ["Duthler"]),
]

# ---------------------------------------------------------------- redact items
LAMS = ("ID", "account id of the BZK civil servant who made the PDF (Info /Author, XMP dc:creator)", ["lams0610"])
AUGUSTEIJNS = ("PERSON", "L.J. (Linda) Augusteijns, BZK civil servant (Info /Author, XMP)",
               ["Augusteijns", "Linda"])
BREUNESE = ("PERSON", "Breunese, BZK civil servant (Info /Author, XMP)", ["Breunese"])
BERGMAN = ("PERSON", "Bergman, griffier of an Eerste Kamer committee (civil servant)", ["Bergman"])
HENDRICKX = ("PERSON", "Hendrickx, (adjunct-/waarnemend) griffier of a Tweede Kamer committee (civil servant)",
             ["Hendrickx"])
DE_GIER = ("PERSON", "De Gier, griffier of a Tweede Kamer committee (civil servant)", ["De Gier"])
VAN_DER_LEEDEN = ("PERSON", "Van der Leeden, griffier of a Tweede Kamer committee (civil servant)",
                  ["Van der Leeden"])

SPEC = {
    # ------------------------------------------------------------ attachments: letters and advice
    "bzk_brief_eilandsraden_grondwet_2012_scanocr.pdf": {
        "redact": [],
        "keep": [BZK, KONINKRIJK, BONAIRE, STATIA, SABA, GRONDWET, TK, EK, RVS, K33131, POSTBUS_BZK,
                 ("PERSON_PUBLIC", "J.W.E. Spies, minister van BZK (office holder)", ["Spies"]),
                 ("OTHER", "motie-Remkes", ["motie-Remkes"]),
                 ("OTHER", "kenmerk 2012-0000618949", ["2012-0000618949"]),
                 ("ORG", "Rijksvertegenwoordiger", ["Rijksvertegenwoordiger"]),
                 ("PLACE", "Schedeldoekshaven 200 (BZK address)", [("Schedeldoekshaven", False)])],
    },
    "kiesraad_advies_kiesrecht_eilandsraden_2013_xerox.pdf": {
        "redact": [],
        "keep": [KIESRAAD, BZK, HERENGRACHT, KIESWET, GRONDWET, HOF, EK, BONAIRE, STATIA, SABA,
                 ("OTHER", "kenmerk 2013-0000445510", ["2013-0000445510"]),
                 ("OTHER", "kenmerk 2013-0000409058", ["2013-0000409058"]),
                 ("OTHER", "www.kiesraad.nl", [("kiesraad.nl", False)])],
    },
    "saba_consultatie_kiesrecht_2013_xerox.pdf": {
        "redact": [],
        "keep": [BESTUURSCOLLEGE, SABA, CN, KIESWET,
                 ("PERSON_PUBLIC", "drs. M. van der Velde, eilandsecretaris of Saba", ["Van der Velde", "van der Velde"]),
                 ("OTHER", "Eilandsecretaris (title)", ["Eilandsecretaris"]),
                 ("OTHER", "ons nummer 938/2013", [("938/2013", False)]),
                 ("OTHER", "Consultatie (subject)", ["Ons nummer"])],
    },
    "bzk_brief_gezaghebber_statia_2014.pdf": {
        "redact": [LAMS],
        "keep": [BZK, STATIA, EK, TK, KIESWET, GRONDWET, HOF, K33268, K33900, POSTBUS_BZK, TURFMARKT, PLASTERK,
                 OPENBAAR_LICHAAM,
                 ("PERSON_PUBLIC", "G. van Berkel, gezaghebber of Sint Eustatius", ["Van Berkel", "van Berkel"]),
                 ("PERSON_PUBLIC", "J. Helmond, eilandsecretaris of Sint Eustatius", ["Helmond"]),
                 ("OTHER", "Gezaghebber (title)", ["Gezaghebber"]),
                 ("OTHER", "kenmerk 2014-0000315891", ["2014-0000315891"]),
                 ("ORG", "Directie Bestuur, Democratie en Financiën", ["Directie Bestuur"])],
    },
    "bzk_brief_eilandsraadslid_statia_2014.pdf": {
        "redact": [LAMS],
        "keep": [BZK, STATIA, EK, TK, KIESWET, GRONDWET, HOF, K33268, K33900, POSTBUS_BZK, TURFMARKT, PLASTERK,
                 OPENBAAR_LICHAAM,
                 ("PERSON_PUBLIC", "E. Henriquez, member of the island council of Sint Eustatius", ["Henriquez"]),
                 ("OTHER", "Eilandsraadlid (title)", ["Eilandsraadlid"]),
                 ("OTHER", "kenmerk 2014-0000315892", ["2014-0000315892"]),
                 ("ORG", "Directie Bestuur, Democratie en Financiën", ["Directie Bestuur"])],
    },
    "statia_eilandsraadslid_brief_minister_2014.pdf": {
        "redact": [],
        "keep": [PLASTERK,
                 ("PERSON_PUBLIC", "Elvin Henriquez, island council member (faction UPC)", ["Elvin Henriquez", "Henriquez"]),
                 ("ORG", "UPC (political faction)", ["UPC"]),
                 ("PLACE", "Oranjestad St. Eustatius", ["Oranjestad"]),
                 ("PLACE", "Statia", ["Statia"]),
                 ("OTHER", "Island Council member (title)", ["Island Council member"])],
    },
    "bzk_kamerbrief_bekrachtiging_referendum_2014.pdf": {
        "redact": [AUGUSTEIJNS],
        "keep": [BZK, KONINKRIJK, EK, TK, WRR, PLASTERK, POSTBUS_BZK, DENHAAG,
                 ("PERSON_PUBLIC", "initiators Fokke, Voortman and Schouw (MPs)", ["Fokke", "Voortman", "Schouw"]),
                 ("OTHER", "kenmerk 2014-0000494419", ["2014-0000494419"]),
                 ("ORG", "Directoraat-Generaal Bestuur en Koninkrijksrelaties", ["Directoraat-Generaal Bestuur"]),
                 ("OTHER", "Staatsblad", ["Staatsblad"])],
    },
    "saba_reactie_kiescolleges_2014.pdf": {
        "redact": [LAMS],
        "keep": [SABA, CN, EK, BESTUURSCOLLEGE, PLASTERK, SABA_TEL,
                 ("PERSON_PUBLIC", "J.G.A. Johnson, gezaghebber of Saba", ["Johnson"]),
                 ("PERSON_PUBLIC", "W. van Twuijver, eilandsecretaris of Saba", ["van Twuijver"]),
                 ("OTHER", "Gezaghebber / Eilandsecretaris (titles)", ["Gezaghebber", "Eilandsecretaris"]),
                 ("PLACE", "Power St. 1, The Bottom (office of the Saba government)", ["The Bottom"]),
                 ("OTHER", "ons nummer 2387-14", ["2387-14"]),
                 ("ORG", "Eilandsraad", ["Eilandsraad"])],
    },
    "kiesraad_advies_kiescolleges_2014_xerox.pdf": {
        "redact": [],
        "keep": [KIESRAAD, BZK, HERENGRACHT, EK, TK, GRONDWET, KIESWET, KIESRAAD_MAIL, POSTBUS_BZK,
                 ("PERSON_PUBLIC", "A.G. van Dijk, deputy chair of the Kiesraad", ["van Dijk"]),
                 ("OTHER", "plaatsvervangend voorzitter (title)", ["plaatsvervangend voorzitter"]),
                 ("OTHER", "kenmerk 2014-0000645278", ["2014-0000645278"]),
                 ("ORG", "Secretariaat Kiesraad", ["Secretariaat Kiesraad"])],
    },
    "bzk_concepttoelichting_kiescolleges_2015.pdf": {
        "redact": [],
        "keep": [EK, TK, GRONDWET, KIESWET, BONAIRE, STATIA, SABA, CN, RVS, K33131, WRR, EILANDSRAAD,
                 ("OTHER", "Consultatieversie", ["Consultatieversie"]),
                 ("OTHER", "Memorie van toelichting", ["Memorie van toelichting"]),
                 ("OTHER", "kiescollege", ["kiescollege"]),
                 ("OTHER", "Minister-President, Minister van Algemene Zaken (title)", ["Minister-President"])],
    },
    "bzk_ontwerpbesluit_raadgevend_referendum.pdf": {
        "redact": [BREUNESE],
        "keep": [WRR, KIESWET, RVS, PLASTERK, BZK, REFERENDUM,
                 ("LAW", "Besluit raadgevend referendum", ["Besluit raadgevend referendum"]),
                 ("LAW", "Tijdelijke experimentenwet stembiljetten en centrale stemopneming",
                  ["Tijdelijke experimentenwet"]),
                 ("LAW", "Experimentenbesluit", ["Experimentenbesluit"]),
                 ("OTHER", "CZW/S&B (directorate reference)", [("CZW/S&B", False)])],
    },
    # ------------------------------------------------------------ Kamerstukken
    "ek_kst_30174_H_eindverslag.pdf": {
        "redact": [BERGMAN],
        "keep": [EK, K30174] + EK_SAMENSTELLING + [
            ("PERSON_PUBLIC", "senator Ruers (SP)", ["Ruers"]),
            ("PERSON_PUBLIC", "senator Hermans (VVD)", ["Hermans"]),
            ("OTHER", "De voorzitter van de commissie (title)", ["De voorzitter van de commissie"])],
    },
    "tk_kst_33951_7_verslag.pdf": {
        "redact": [HENDRICKX],
        "keep": [TK, K33951, COMMISSIE_BIZA,
                 ("PERSON_PUBLIC", "Berndsen-Jansen, MP and committee chair", ["Berndsen-Jansen"]),
                 ("LAW", "Reparatiewet BZK 2014", ["Reparatiewet BZK 2014"]),
                 ("OTHER", "waarnemend griffier (title)", ["waarnemend griffier"])],
    },
    "tk_kst_33934_5_verslag.pdf": {
        "redact": [HENDRICKX],
        "keep": [TK, K33934, COMMISSIE_BIZA, REFERENDUM,
                 ("PERSON_PUBLIC", "Berndsen-Jansen, MP and committee chair", ["Berndsen-Jansen"]),
                 ("OTHER", "waarnemend griffier (title)", ["waarnemend griffier"])],
    },
    "tk_kst_33900_5_verslag.pdf": {
        "redact": [HENDRICKX],
        "keep": [TK, EK, K33900, COMMISSIE_BIZA, KIESWET, BONAIRE, STATIA, SABA, HOF,
                 ("PERSON_PUBLIC", "Berndsen-Jansen, MP and committee chair", ["Berndsen-Jansen"]),
                 ("OTHER", "adjunct-griffier (title)", ["adjunct-griffier"]),
                 ("ORG", "CDA-fractie", ["CDA-fractie"])],
    },
    "tk_kst_30174_12_nader_verslag_2007.pdf": {
        "redact": [HENDRICKX],
        "keep": [TK, K30174, REFERENDUM,
                 ("PERSON_PUBLIC", "Leerdam, MP and committee chair", ["Leerdam"]),
                 ("PERSON_PUBLIC", "MPs in the committee composition", ["Van Beek", "Van der Staaij", "Van Bochove"]),
                 ("OTHER", "Adjunct-griffier (title)", ["Adjunct-griffier"])],
    },
    "tk_kst_30174_8_verslag_2006.pdf": {
        "redact": [DE_GIER],
        "keep": [TK, K30174, REFERENDUM, GRONDWET,
                 ("PERSON_PUBLIC", "Noorman-den Uyl, MP and committee chair", ["Noorman-den Uyl"]),
                 ("PERSON_PUBLIC", "MPs in the committee composition", ["Kalsbeek", "Van Heemst", "Vos"]),
                 ("ORG", "ChristenUnie-fractie", ["ChristenUnie-fractie"])],
    },
    "ek_kst_33268_L_mondeling_overleg.pdf": {
        "redact": [BERGMAN],
        "keep": [EK, K33268, K33131, PLASTERK, BZK, BONAIRE, STATIA, SABA] + EK_SAMENSTELLING + [
            ("PERSON_PUBLIC", "senator Linthorst (PvdA), chair KOREL", ["Linthorst"]),
            ("PERSON_PUBLIC", "senators present", ["Swagerman", "Ester", "Schouwenaar", "Vliegenthart", "Koole",
                                                   "Van Kappen"]),
            ("ORG", "commissie Koninkrijksrelaties (KOREL)", ["KOREL"]),
            ("OTHER", "kiescollege", ["kiescollege"])],
    },
    "tk_kst_33900_12_verslag_ao.pdf": {
        "redact": [VAN_DER_LEEDEN, HENDRICKX],
        "keep": [TK, EK, K33900, PLASTERK, BZK, KIESWET, BONAIRE, STATIA, SABA, WOLBES,
                 ("PERSON_PUBLIC", "Berndsen-Jansen, MP and committee chair", ["Berndsen-Jansen"]),
                 ("PERSON_PUBLIC", "MPs present", ["Van Raak", "Taverne", "Segers", "Hachchi", "Van Laar"]),
                 ("PERSON_PUBLIC", "Recourt, MP and chair of the KOREL committee", ["Recourt"]),
                 ("PERSON_PUBLIC", "Remkes, MP", ["Remkes"]),
                 ("OTHER", "Griffier (title)", ["Griffier"])],
    },
    "tk_kst_30372_4_adviesaanvraag_2005.pdf": {
        "redact": [DE_GIER],
        "keep": [TK, K30372, RVS, REFERENDUM,
                 ("PERSON_PUBLIC", "F.W. Weisglas, Voorzitter of the Tweede Kamer", ["Weisglas"]),
                 ("PERSON_PUBLIC", "J.E. Biesheuvel-Vermeijden, Griffier of the Tweede Kamer (highest official)",
                  ["Biesheuvel-Vermeijden"]),
                 ("OTHER", "De Griffier van de Tweede Kamer der Staten-Generaal (title)", ["De Griffier van de Tweede Kamer"])],
    },
    "ek_kst_33934_B_voorlopig_verslag.pdf": {
        "redact": [BERGMAN],
        "keep": [EK, K33934, REFERENDUM] + EK_SAMENSTELLING + [
            ("PERSON_PUBLIC", "senator Ruers (SP)", ["Ruers"]),
            ("PERSON_PUBLIC", "senator Hermans (VVD)", ["Hermans"])],
    },
    "tk_kst_33131_16_nader_verslag.pdf": {
        "redact": [HENDRICKX],
        "keep": [TK, EK, K33131, COMMISSIE_BIZA, BZK, BONAIRE, STATIA, SABA, CN,
                 ("PERSON_PUBLIC", "Berndsen-Jansen, MP and committee chair", ["Berndsen-Jansen"]),
                 ("OTHER", "adjunct-griffier (title)", ["adjunct-griffier"]),
                 ("OTHER", "Kiescollege BES-eilanden", ["Kiescollege BES-eilanden"]),
                 ("ORG", "PvdA-fractie", ["PvdA-fractie"])],
    },
    "tk_kst_33131_5_verslag_2012.pdf": {
        "redact": [HENDRICKX],
        "keep": [TK, EK, K33131, COMMISSIE_BIZA, BZK, BONAIRE, STATIA, SABA, GRONDWET,
                 ("PERSON_PUBLIC", "Wolbert, MP and committee chair", ["Wolbert"]),
                 ("PERSON_PUBLIC", "MPs in the committee composition", ["Koopmans", "Staaij"]),
                 ("ORG", "PvdA-fractie", ["PvdA-fractie"]),
                 ("ORG", "SP-fractie", ["SP-fractie"])],
    },
    "tk_kst_30372_14_nader_verslag_2007.pdf": {
        "redact": [HENDRICKX],
        "keep": [TK, K30372, REFERENDUM,
                 ("PERSON_PUBLIC", "Leerdam, MP and committee chair", ["Leerdam"]),
                 ("PERSON_PUBLIC", "MPs in the committee composition", ["Van der Staaij", "De Pater-van der Meer",
                                                                       "Van Bochove"]),
                 ("OTHER", "Adjunct-griffier (title)", ["Adjunct-griffier"])],
    },
    "ek_kst_33268_K_schriftelijk_overleg.pdf": {
        "redact": [BERGMAN],
        "keep": [EK, K33268, PLASTERK, BZK, BONAIRE, CN, KIESWET] + EK_SAMENSTELLING + [
            ("PERSON_PUBLIC", "senator Linthorst (PvdA), chair KOREL", ["Linthorst"]),
            ("PERSON_PUBLIC", "senators in the KOREL committee", ["Terpstra", "Slagter-Roukema", "Koffeman",
                                                                 "Quik-Schuijt", "Van Kappen"]),
            ("OTHER", "kiescollege", ["kiescollege"])],
    },
    "tk_kst_33268_27_verslag_ao.pdf": {
        "redact": [HENDRICKX, ("PERSON", "Verstraten, griffier at the overleg (civil servant)", ["Verstraten"])],
        "keep": [TK, K33268, PLASTERK, BZK, KIESWET, KIESRAAD, COMMISSIE_BIZA,
                 ("PERSON_PUBLIC", "MPs present", ["Bisschop", "Oosenbrug", "Schouw", "Van Raak", "Taverne"]),
                 ("ORG", "Europese Commissie", ["Europese Commissie"]),
                 ("OTHER", "Kamerstuk 31 142", [("31 142", False)]),
                 ("OTHER", "Griffier (title)", ["Griffier"])],
    },
    "ek_kst_33900_A_schriftelijk_overleg.pdf": {
        "redact": [BERGMAN],
        "keep": [EK, K33900, PLASTERK, BZK, CN, KIESWET] + EK_SAMENSTELLING + [
            ("PERSON_PUBLIC", "senator Linthorst (PvdA), chair KOREL", ["Linthorst"]),
            ("PERSON_PUBLIC", "senators in the KOREL committee", ["Terpstra", "Slagter-Roukema", "Koffeman",
                                                                 "Quik-Schuijt", "Van Kappen"]),
            ("OTHER", "BES-eilanden", ["BES-eilanden"])],
    },
    "tk_handelingen_stemming_motie_lijstverbindingen.pdf": {
        "redact": [],
        "keep": [TK, KIESWET,
                 ("PERSON_PUBLIC", "Klein, MP (Groep Klein)", ["Klein"]),
                 ("PERSON_PUBLIC", "Taverne, MP (motie-Taverne)", ["motie-Taverne"]),
                 ("ORG", "parties named in the vote", ["PVV", "VVD", "D66", "50PLUS", "PvdD", "SP"]),
                 ("OTHER", "Kamerstuk 33268, nr. 26", [("33268, nr. 26", False)]),
                 ("OTHER", "VAO Evaluatie verkiezingen", ["Evaluatie verkiezingen"])],
    },
}
