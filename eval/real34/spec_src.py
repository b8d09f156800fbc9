"""Hand-written gold specification for eval/real34 (read from the PDFs' PDFium text, the Info/XMP metadata and the
OCR of the scanned cover pages, as the evaluator's own channel dumps show them).

Per document: redact items (kind, value, [probes]) and keep items (kind, value, [probes]).
A probe is a string (word-anchored) or a (string, word) pair. make_gold.py turns this into
gold/*.json: redact probes get after=0, keep probes get after = their count in the PDFium text of
the original (keep probes with count 0 are dropped with a warning).

Four groups of real documents (see README.md):

* ``a15_*``: quarterly failure analyses (storingsanalyses) of the maintenance contractor of the A15
  Maasvlakte-Vaanplein DBFM contract for Rijkswaterstaat (CS-A15 V.O.F. / Croonwolter&dros), 2015-2019, and one
  e-mail sending a quarterly report; born-digital (Aspose.Words, Word 2013). Personal data: the authors and
  the authorisation table (names, functions, paraphs), action holders given as account ids (``eherm``,
  ``rholl``, ``sstrav``, ``rschaa``) or three-letter codes (``RHO``, ``EHE``, ``RSC``, ``SST``), an e-mail
  signature block with a direct number, and the Info /Author.
* ``maastunnel_*``: the same for the Maastunnel of the Gemeente Rotterdam (Combinatie Aanpak Maastunnel VOF),
  2018; the distribution list names two civil servants of the Gemeente Rotterdam.
* ``ct2_*``: failure-probability analyses (faalkansanalyses) of Croon Elektrotechniek for the Tweede
  Coentunnel (2012-2013): a scanned, signed cover page (names in a Status/Naam/Datum/Paraaf table, with
  handwritten dates and paraphs) in front of fault-tree pages with a text layer. The names on the covers are
  in the pixels only (OCR channel); Info /Author holds account names (``Araya``, ``jagree``).
* ``hrl_*``: two council documents of the Gemeente Heerlen (2024-2025): the list of incoming letters, published
  pseudonymised (initials of private persons who wrote to the council remain), and the parking by-law, whose
  form page names its author (a civil servant) with his internal extension, also in Info /Author and XMP.

Rules: employees of the contractors and civil servants are redacted (names, first names, initials used as
paraphs, account ids, e-mail addresses, direct numbers, metadata authors); office holders in their role stay
(burgemeester/voorzitter and griffier who sign the council decision), as do organisations (also
subcontractors), places, objects (tunnels, bridges, roads), systems, products, document and project numbers,
general numbers and functional mailboxes of companies, company addresses and job titles.
"""

# ---------------------------------------------------------------- shared items
_STRAVER = ("PERSON", "Stefan Straver, maintenance engineer / author (contractor employee)",
            ["Straver", "Stefan"])
_JONG = ("PERSON", "Celeste de Jong, projectverantwoordelijke (contractor employee)", ["Celeste", "Jong"])
_SCHAAP = ("PERSON", "Ronald Schaap, projectleider maintenance (contractor employee)", ["Schaap", "Ronald"])
_NIEUWEN = ("PERSON", "Robert Nieuwenhuijse, maintenance engineer / author (contractor employee)",
            ["Nieuwenhuijse", "Robert"])
_EHERM = ("ID", "account id of an action holder", ["eherm"])
_RHOLL = ("ID", "account id of an action holder", ["rholl"])
_SSTRAV = ("ID", "account id of an action holder (Stefan Straver)", ["sstrav"])

_CSA15 = ("ORG", "CS-A15 V.O.F. (contractor)", [("CS-A15", False)])
_RWS = ("ORG", "RWS (Rijkswaterstaat)", ["RWS"])
_ROTTERDAM = ("PLACE", "Rotterdam", ["Rotterdam"])
_BOTLEKTUNNEL = ("PLACE", "Botlektunnel", ["Botlektunnel"])
_THOMASSEN = ("PLACE", "Thomassentunnel", ["Thomassentunnel"])
_BOTLEKBRUG = ("PLACE", "Botlekbrug", ["Botlekbrug"])
_A15 = ("PLACE", "A15 (motorway)", ["A15"])
_DBFM = ("OTHER", "DBFM (contract form)", ["DBFM"])
_MAXIMO = ("PRODUCT", "Maximo (maintenance system)", ["Maximo"])
_ALPHATRON = ("ORG", "Alphatron (subcontractor)", ["Alphatron"])
_SIEMENS = ("ORG", "Siemens", ["Siemens"])
_TYCO = ("ORG", "Tyco", ["Tyco"])
_RHOON = ("PLACE", "VC Rhoon (traffic centre)", ["Rhoon"])
_CROONWOLTER = ("ORG", "Croonwolter&dros B.V.", ["Croonwolter"])
_ASSET = ("OTHER", "Asset management (department)", ["Asset management"])
_PL = ("OTHER", "Projectleider (job title)", ["Projectleider"])
_ALANES = ("ORG", "A-Lanes (A15 concessionaire)", [("A-lanes", False)])
_TSN = ("ORG", "TSN (subcontractor)", ["TSN"])
_LUCO = ("ORG", "Luco (subcontractor)", ["Luco"])


def _a15(extra):
    return [_CSA15, _RWS, _ROTTERDAM, _A15, _DBFM] + extra


# Maastunnel letterhead (Combinatie Aanpak Maastunnel VOF)
_MT = [
    ("ORG", "Combinatie Aanpak Maastunnel VOF", ["Combinatie Aanpak Maastunnel"]),
    ("PLACE", "Maastunnel", ["Maastunnel"]),
    ("ORG", "Gemeente Rotterdam (client)", ["Gemeente Rotterdam"]),
    ("PLACE", "Marten Meesweg 25 (company address)", ["Marten Meesweg 25"]),
    ("PLACE", "Rotterdam", ["Rotterdam"]),
    ("OTHER", "general number 055 - 538 22 22", [("055 - 538 22 22", False)]),
    ("OTHER", "functional mailbox info@mobilis.nl", [("info@mobilis.nl", False)]),
    ("OTHER", "KvK-nummer 65391659 (company)", ["65391659"]),
    ("PLACE", "Autotunnel / Fietstunnel", ["Autotunnel", "Fietstunnel"]),
    ("OTHER", "C2000 (emergency radio network)", ["C2000"]),
    ("OTHER", "Maintenance Engineer (job title)", ["Maintenance Engineer"]),
    ("OTHER", "Projectleider (job title)", ["Projectleider"]),
]

# Croon covers: the people on the scanned cover pages (OCR channel only)
_GREEVE = ("PERSON", "J. (Jordi) Greeve, RAMS analist (contractor employee; scanned cover)", ["Greeve"])
_JORDI = ("PERSON", "first name Jordi (Greeve) on the scanned cover", ["Jordi"])
_ALINK = ("PERSON", "P. (Peter) Alink, RAMS analist (scanned cover)", ["Alink"])
_WETERING = ("PERSON", "R. (Rob) van der Wetering / R.T. van de Wetering, engineer (scanned cover)", ["Wetering"])
_LAUMEN = ("PERSON", "M. (Marcel) Laumen / J.M. Laumen, manager engineering (scanned cover)", ["Laumen"])
_MARCEL = ("PERSON", "first name Marcel (M. (Marcel) Laumen) on the scanned cover", ["Marcel"])
_ROLAND = ("PERSON", "first name Roland (R. (Roland) van ..., lead engineer) on the scanned cover", ["Roland"])
_VANDAM_FULL = ("PERSON", "P. (Peter) van Dam, projectdirecteur (scanned cover)", ["van Dam"])
_DAM = ("PERSON", "Dam, P.W.K. van, projectdirecteur (scanned cover)", ["Dam"])
_STEIRT = ("PERSON", "Steirteghem, J. van (scanned cover)", ["Steirteghem"])
_NOOM = ("PERSON", "Noom, S. (scanned cover)", ["Noom"])
_WONG = ("PERSON", "Wong, C. (scanned cover)", ["Wong"])
_LOON = ("PERSON", "Loon, R.F. / R. van (scanned cover)", ["Loon"])
_VIS = ("PERSON", "Vis, H. (scanned cover)", ["Vis"])
_ARAYA = ("PERSON", "Info /Author account name 'Araya'", ["Araya"])
_JAGREE = ("PERSON", "Info /Author account name 'jagree'", ["jagree"])

_CT = ("PLACE", "Coentunnel", ["Coentunnel"])
_CROON = ("ORG", "Croon Elektrotechniek B.V.", ["Croon Elektrotechniek"])


_FKA = ("OTHER", "Faalkansanalyse (document type / title)", ["Faalkansanalyse"])
_CT2 = ("PLACE", "CT2 / CT 2 (Tweede Coentunnel)", ["CT2", "CT 2"])
_DI86 = ("OTHER", "DI-86 / DI 86 (referenced installation)", [("DI-86", False), "DI 86"])


def _ct(imandra, extra):
    return [_CT, _CROON, _FKA, _CT2, _DI86, ("OTHER", f"Imandra id {imandra} (document number)", [imandra])] + extra


SPEC = {
    # ------------------------------------------------------------ A15 storingsanalyses (CS-A15 / Croonwolter&dros)
    "a15_mail_kwartaalopgave_2016q1_aspose.pdf": {
        "redact": [
            ("PERSON", "L. (Laura) Dinkla, administratief medewerker (sender)", ["Dinkla", "Laura"]),
            ("EMAIL", "laura.dinkla@csa15.nl", [("laura.dinkla@csa15.nl", False)]),
            ("PHONE", "direct number of the sender", [("+31 88 923 53 79", False)]),
            ("PERSON", "J.N.M. (Jochem) Mol (addressee)", ["Mol", "Jochem"]),
            ("EMAIL", "personal mailbox csjjtkop@csa15.nl (cc)", [("csjjtkop@csa15.nl", False)]),
            _JONG,
        ],
        "keep": [
            _CSA15, _ROTTERDAM, _RWS,
            ("PLACE", "A15 Maasvlakte - Vaanplein (project)", ["Maasvlakte", "Vaanplein"]),
            ("OTHER", "document number 1606-01433", ["1606-01433"]),
            ("OTHER", "attachment number 1606-01432", ["1606-01432"]),
            ("OTHER", "projectdeel 80000015-00000", ["80000015-00000"]),
            ("PLACE", "Schiemond 20-22 (company address)", ["Schiemond"]),
            ("PLACE", "Postbus 6073, 3002 AB Rotterdam", ["3002 AB"]),
            ("OTHER", "Kwartaalopgave 2016-Q1 (subject)", ["Kwartaalopgave"]),
            ("OTHER", "job title administratief medewerker maintenance", ["Administratief medewerker"]),
        ],
    },
    "a15_storingsanalyse_2015q1_aspose.pdf": {
        "redact": [
            _STRAVER, _JONG,
            ("PERSON", "Dolf van der Meij, verificatie (contractor employee)", ["Dolf", "van der Meij"]),
            ("PERSON", "Peter van Dam, eindverantwoordelijke (contractor employee)", ["Peter", "van Dam"]),
        ],
        "keep": _a15([
            _BOTLEKTUNNEL, _THOMASSEN,
            ("PRODUCT", "Topdesk", ["Topdesk"]),
            ("OTHER", "document number 1504-01605", ["1504-01605"]),
            ("PLACE", "Schiemond 20-22 (company address)", ["Schiemond"]),
            _ALPHATRON,
            ("ORG", "Daretronics (subcontractor)", ["Daretronics"]),
            ("OTHER", "job title Eindverantwoordelijke", ["Eindverantwoordelijke"]),
        ]),
    },
    "a15_storingsanalyse_2016q3_concept_aspose.pdf": {
        "redact": [
            _STRAVER, _JONG,
            ("PARAPH", "action holder code RHO", ["RHO"]),
            ("PARAPH", "action holder code EHE", ["EHE"]),
            ("PARAPH", "action holder code RSC", ["RSC"]),
            ("PARAPH", "action holder code SST", ["SST"]),
        ],
        "keep": _a15([
            _BOTLEKTUNNEL, _THOMASSEN, _BOTLEKBRUG, _MAXIMO, _SIEMENS, _ALPHATRON, _RHOON, _ASSET,
            ("ORG", "Daretronics (subcontractor)", ["Daretronics"]),
            ("ORG", "Bosch", ["Bosch"]),
            ("OTHER", "MaVa (Maasvlakte-Vaanplein)", ["MaVa"]),
            ("OTHER", "document number 1611-01951", ["1611-01951"]),
            ("PLACE", "Schiemond 20-22 (company address)", ["Schiemond"]),
        ]),
    },
    "a15_storingsanalyse_2017q3_aspose14.pdf": {
        "redact": [
            _STRAVER, _JONG, _EHERM, _SSTRAV,
            ("ID", "account id of an action holder (Ronald Schaap)", ["rschaa", "Rschaa"]),
        ],
        "keep": _a15([
            _BOTLEKTUNNEL, _THOMASSEN, _BOTLEKBRUG, _MAXIMO, _SIEMENS, _ALPHATRON, _TYCO, _RHOON, _ASSET,
            _CROONWOLTER, _ALANES, _TSN, _LUCO,
            ("ORG", "Stedin (grid operator)", ["Stedin"]),
            ("PLACE", "Vaanplein", ["Vaanplein"]),
            ("OTHER", "document number 1710-01812", ["1710-01812"]),
        ]),
    },
    "a15_storingsanalyse_2018q2_aspose.pdf": {
        "redact": [_STRAVER, _SCHAAP, _EHERM, _RHOLL, _SSTRAV],
        "keep": _a15([
            _BOTLEKTUNNEL, _THOMASSEN, _BOTLEKBRUG, _MAXIMO, _ALPHATRON, _TYCO, _RHOON, _ASSET, _PL,
            _CROONWOLTER, _ALANES, _TSN, _LUCO,
            ("OTHER", "document number 1809-00377", ["1809-00377"]),
        ]),
    },
    "a15_storingsanalyse_2018q4_word2013.pdf": {
        "redact": [
            _NIEUWEN, _SCHAAP, _EHERM, _RHOLL, _SSTRAV,
            ("PARAPH", "paraph RN (Robert Nieuwenhuijse) in the authorisation table", ["RN"]),
            ("PERSON", "Info /Author S. (Stefan) Straver", ["Straver"]),
        ],
        "keep": _a15([
            _BOTLEKTUNNEL, _THOMASSEN, _BOTLEKBRUG, _MAXIMO, _SIEMENS, _ALPHATRON, _TYCO, _ASSET, _PL,
            _CROONWOLTER, _ALANES, _TSN, _LUCO,
            ("ORG", "Siqura", ["Siqura"]),
            ("ORG", "Spie", ["Spie"]),
            ("OTHER", "general number 088 - 923 33 44", [("088 - 923 33 44", False)]),
            ("OTHER", "document number 1902-00002", ["1902-00002"]),
            ("PLACE", "Marten Meesweg 25 (company address)", ["Marten Meesweg"]),
        ]),
    },
    # ------------------------------------------------------------ Maastunnel (Gemeente Rotterdam)
    "maastunnel_storingsanalyse_2018q3_word2013.pdf": {
        "redact": [
            _STRAVER, _SCHAAP,
            ("PARAPH", "paraph S.S. (Stefan Straver)", [("S.S.", False)]),
            ("PARAPH", "paraph R.S. (Ronald Schaap)", [("R.S.", False)]),
            ("PERSON", "Info /Author Steentjes, R. (Ron) (CS-A15)", ["Steentjes"]),
        ],
        "keep": _MT,
    },
    "maastunnel_storingsanalyse_2018q4_pdfcreator.pdf": {
        "redact": [
            _NIEUWEN, _SCHAAP,
            ("PARAPH", "paraph R.N. (Robert Nieuwenhuijse)", [("R.N.", False)]),
            ("PARAPH", "paraph R.S. (Ronald Schaap)", [("R.S.", False)]),
            ("PERSON", "Rob Zwinkels, Gemeente Rotterdam CAM (civil servant, distribution list)", ["Zwinkels", "Rob"]),
            ("PERSON", "John Wouters, Gemeente Rotterdam CAM (civil servant, distribution list)", ["Wouters", "John"]),
            ("PERSON", "Info /Author account RNieuwen", ["RNieuwen"]),
        ],
        "keep": _MT + [
            ("OTHER", "document number MST-ALG-OH-S0000-RAP-AAA99-K00010",
             [("MST-ALG-OH-S0000-RAP-AAA99-K00010", False)]),
        ],
    },
    # ------------------------------------------------------------ Croon faalkansanalyses Tweede Coentunnel
    "ct2_faalkans_di30_waterafvoer_pypdf.pdf": {
        "redact": [_ALINK, _WETERING, _LAUMEN, _MARCEL, _ROLAND, _VANDAM_FULL],
        "keep": _ct("3814131", [("OTHER", "DI 30 Waterafvoersysteem", ["Waterafvoersysteem"])]),
    },
    "ct2_faalkans_di36_ventilatie_itext5.pdf": {
        "redact": [
            _GREEVE, _JORDI, _WETERING, _LAUMEN, _MARCEL, _ROLAND, _VANDAM_FULL,
            ("PERSON", "H. Kruk, reviewer (change matrix, text layer)", ["Kruk"]),
        ],
        "keep": _ct("3814132", [("OTHER", "DI 36 Ventilatiesysteem", ["Ventilatiesysteem"])]),
    },
    "ct2_faalkans_di37_luchtmaatregelen_pdfcreator.pdf": {
        "redact": [_GREEVE, _WETERING, _LOON, _STEIRT, _DAM, _JAGREE],
        "keep": _ct("3814133", [("OTHER", "DI 37 (installation)", ["DI 37"])]),
    },
    "ct2_faalkans_di39_di71_overdruk_word2007.pdf": {
        "redact": [_GREEVE, _WETERING, _LOON, _LAUMEN, _DAM, _ARAYA],
        "keep": _ct("3814135", [("OTHER", "DI 39 / DI 71", ["DI 39", "DI 71"])]),
    },
    "ct2_faalkans_di46b_vangrail_word2007.pdf": {
        "redact": [
            _GREEVE, _LAUMEN, _DAM, _ARAYA,
            ("PERSON", "Groot, E. de (scanned cover)", ["Groot"]),
            ("PERSON", "Wijk, M.H.J. van (scanned cover)", ["Wijk"]),
        ],
        "keep": _ct("3814142", [("OTHER", "VEVA / VeVa (verplaatsbare vangrail)", ["VeVa", "VEVA"])]),
    },
    "ct2_faalkans_di47b_borden_pypdf.pdf": {
        "redact": [
            _GREEVE, _JORDI, _LAUMEN, _MARCEL, _VANDAM_FULL,
            ("PERSON", "J. (John) van Duren, engineer (scanned cover)", ["Duren"]),
            ("PERSON", "R. (Rinus) van Wijk, lead engineer (scanned cover)", ["Wijk", "Rinus"]),
        ],
        "keep": _ct("3814144", [("PLACE", "A10 / A8 (motorways)", ["A10", "A8"])]),
    },
    "ct2_faalkans_di48_toeritdosering_pypdf.pdf": {
        "redact": [
            _GREEVE, _JORDI, _MARCEL, _VANDAM_FULL,
            ("PERSON", "J. (John) van Duren, engineer (scanned cover)", ["Duren"]),
            ("PERSON", "R. (Rinus) van Wijk, lead engineer (scanned cover)", ["Wijk", "Rinus"]),
        ],
        "keep": _ct("3814145", [("PLACE", "A10 / A8 (motorways)", ["A10", "A8"]),
                                ("PLACE", "Klokweg", ["Klokweg"])]),
    },
    "ct2_faalkans_di52_zichtmeting_pypdf.pdf": {
        "redact": [
            _ALINK, _NOOM, _LAUMEN, _DAM,
            ("PERSON", "Lammers, A. (scanned cover)", ["Lammers"]),
        ],
        "keep": _ct("3814147", [("OTHER", "DI 59 (referenced installation)", ["DI 59"])]),
    },
    "ct2_faalkans_di59_brandmelding_pdfcreator.pdf": {
        "redact": [
            _GREEVE, _LAUMEN, _DAM, _JAGREE,
            ("PERSON", "Haeck, R. (scanned cover)", ["Haeck"]),
            ("PERSON", "Pos, H. (scanned cover)", ["Pos"]),
        ],
        "keep": _ct("3814148", [("PRODUCT", "Fibrolaser (detector cable)", ["Fibrolaser"])]),
    },
    "ct2_faalkans_di63_intercom_scan.pdf": {
        "redact": [
            _VIS, _NOOM, _STEIRT, _DAM,
            ("PERSON", "Ehbel, H.N. (scanned cover)", ["Ehbel"]),
        ],
        "keep": [_CT, ("OTHER", "Doc ID 003814245", ["003814245"])],
    },
    "ct2_faalkans_di67_geluidsbakens_pdfcreator.pdf": {
        "redact": [_GREEVE, _WONG, _NOOM, _LAUMEN, _DAM, _JAGREE],
        "keep": _ct("3814247", [("OTHER", "DI 67 Geluidsbakeninstallatie", ["Geluidsbakeninstallatie"])]),
    },
    "ct2_faalkans_di69_gevaarlijke_stoffen_itext.pdf": {
        "redact": [_GREEVE, _WONG, _NOOM, _STEIRT, _DAM],
        "keep": _ct("3814248", [("OTHER", "Gevaarlijke Stoffen Identificatiesysteem", ["Identificatiesysteem"])]),
    },
    "ct2_faalkans_di84_transmissie_scan.pdf": {
        "redact": [
            _VIS, _NOOM, _STEIRT, _DAM,
            ("PERSON", "Leeuw, A. de (scanned cover)", ["Leeuw"]),
        ],
        "keep": [_CT, ("OTHER", "Doc ID 003814250", ["003814250"])],
    },
    # ------------------------------------------------------------ Gemeente Heerlen
    "hrl_raadsvoorstel_ingekomen_stukken_2025_aspose.pdf": {
        "redact": [
            ("PERSON", "initials MdL of a resident (letter writer)", ["MdL"]),
            ("PERSON", "initials A.C. / Á.C. of a resident (letter writer)", [("A.C.", False), ("Á.C.", False)]),
            ("PERSON", "initials R.H. of a resident (letter writer)", [("R.H.", False)]),
            ("PERSON", "initials DP of a resident of Bosch en Duin (letter writer)", ["DP"]),
        ],
        "keep": [
            ("ORG", "Gemeenteraad Heerlen", ["Gemeenteraad Heerlen"]),
            ("PLACE", "Heerlen", ["Heerlen"]),
            ("ORG", "Raad van State", ["Raad van State"]),
            ("ORG", "Parkstad Limburg", ["Parkstad Limburg"]),
            ("ORG", "VNG", ["VNG"]),
            ("ORG", "Gemeenteraad Tynaarlo", ["Tynaarlo"]),
            ("ORG", "Gemeenteraad Westerkwartier", ["Westerkwartier"]),
            ("ORG", "Economische Samenwerking Zuid-Limburg (ESZL)", ["ESZL"]),
            ("ORG", "WSP Parkstad", ["WSP Parkstad"]),
            ("ORG", "Woonbond", ["Woonbond"]),
            ("ORG", "Bewoners Platform Heerlen Noord", ["Bewoners Platform"]),
            ("ORG", "Zuyderland", ["Zuyderland"]),
            ("ORG", "Het Romeins Museum", ["Romeins Museum"]),
            ("PLACE", "Hoensbroek", ["Hoensbroek"]),
            ("PLACE", "Bosch en Duin", ["Bosch en Duin"]),
            ("OFFICE_HOLDER", "griffier drs. T.W. Zwemmer (signs the council decision)", ["Zwemmer"]),
            ("OFFICE_HOLDER", "voorzitter drs. R. Wever (burgemeester of Heerlen)", ["Wever"]),
            ("OTHER", "meeting date 29 januari 2025", ["29 januari 2025"]),
        ],
    },
    "hrl_parkeerverordening_2025_aspose.pdf": {
        "redact": [
            ("PERSON", "Ernst Adriaanse, author of the by-law (civil servant): 'Auteur:' on the form page, Info /Author and "
                       "XMP dc:creator", ["Adriaanse", "Ernst"]),
            ("PHONE", "his internal extension 'Telefoonnummer: 4453'", ["4453"]),
        ],
        "keep": [
            ("PLACE", "Heerlen", ["Heerlen"]),
            ("LAW", "RVV 1990", ["RVV 1990"]),
            ("LAW", "Wegenverkeerswet 1994", ["Wegenverkeerswet 1994"]),
            ("ORG", "Kamer van Koophandel", ["Kamer van Koophandel"]),
            ("ORG", "Servicehuis Parkeer- en Verblijfsrechten (SHPV)", ["SHPV"]),
            ("OFFICE_HOLDER", "griffier drs. T.W. Zwemmer", ["Zwemmer"]),
            ("OFFICE_HOLDER", "voorzitter drs. R. Wever (burgemeester)", ["Wever"]),
            ("OTHER", "Parkeerverordening 2025", [("PARKEERVERORDENING 2025", False)]),
            ("LAW", "Gemeentewet, art. 149", ["Gemeentewet"]),
            ("LAW", "Algemene wet bestuursrecht", ["Algemene wet bestuursrecht"]),
            ("OTHER", "registration number BWV-23002412 (previous by-law)", [("BWV-23002412", False)]),
            ("ORG", "Gemeenteraad van Heerlen", ["Gemeenteraad van Heerlen"]),
        ],
    },
}
