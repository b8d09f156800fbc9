"""Gold specification of eval/real24 (read by make_gold.py).

For every PDF: the redact items (personal data still readable in the published file) and the keep
items (organisations, office holders in role, places, laws, numbers, functional mailboxes ...).
A probe is a plain string (word-anchored), or a dict {"text": ..., "word": bool, "ocr": bool}.
make_gold.py counts every probe with the shared evaluator's functions: a redact probe must occur in
the original (in some channel; OCR-only probes in the OCR channel) and gets after=0; a keep probe gets
after = its count in the original's PDFium text (a keep probe with count 0 is an error).
"""


def P(text, word=True, ocr=False):
    d = {"text": text, "word": word}
    if ocr:
        d["ocr"] = True
    return d


def R(kind, value, *probes):
    return {"kind": kind, "value": value, "probes": [p if isinstance(p, dict) else P(p) for p in probes]}


def K(kind, text, word=True):
    return {"kind": kind, "value": text, "probes": [P(text, word)]}


SPEC = {
    # ---------------------------------------------------------------- Gemeente Amsterdam
    "ams_besluit_last_onder_dwangsom_ricohscan.pdf": {
        "note": "Stadsdeel Centrum, Toezicht en Handhaving: last onder dwangsom (Winkeltijdenwet) to an ice-cream shop, "
                "Aug 2017, published as a Wob document. Pure scan (RICOH Aficio MP C4502, no text layer). Page 3 names the "
                "inspector 'de heer J. Hammer' with his e-mail 'jordi.hammer@amsterdam.nl' and is signed by teammanager "
                "J. Mellema (signature): redact, OCR only (tesseract reads 'Harnmer', 'Jordi,harnmer', 'Meller'/'Mellema'). "
                "The shopkeeper's name on page 1 was already blanked. No keep probes (no text layer).",
        "redact": [
            R("PERSON", "J. Hammer (toezichthouder)", P("Harnmer", False, True)),
            R("EMAIL", "jordi.hammer@amsterdam.nl", P("Jordi", False, True)),
            R("PERSON", "J. Mellema (teammanager Handhaving Openbare Ruimte)", P("Mell", False, True)),
        ],
        "keep": [],
    },
    "ams_blenheim_ovb_verdaging.pdf": {
        "note": "Stadsdeel Nieuw-West: confirmation of receipt and adjournment of a Wob request by a law firm (Aug 2020). "
                "Contact person and signatory already blanked; control document (no redact item). The law firm's name stays.",
        "redact": [],
        "keep": [
            K("ORG", "Blenheim Advocaten"),
            K("ADDRESS", "Zwarte Pad 19-A"),
            K("CASE_NO", "NW20-11439-UIT-20-19839"),
            K("CASE_NO", "NW20-11439-IN-20-09031"),
            K("ORG", "stadsdeel Nieuw-West"),
            K("PHONE_GENERAL", "Telefoon 14020"),
            K("ADDRESS", "1064 SW Amsterdam"),
            K("LAW", "Wet openbaarheid van bestuur"),
        ],
    },
    "ams_inventaris_sprong_over_ij_pdfcreator.pdf": {
        "note": "Inventory of partial decision 2 on the 'Sprong over het IJ' bridges (2018), 11 pages, PDFCreator 2.1.2.0. "
                "The only personal data is the Info Author, the account name 'pouls003' (a surname plus a number): redact "
                "(metadata only). Meeting names (Directeurenoverleg IJ, werkgroep cruisebeleid), Havenbedrijf, VRA stay.",
        "redact": [
            R("PERSON", "pouls003 (Info Author account)", "pouls003"),
        ],
        "keep": [
            K("MISC", "Directeurenoverleg IJ"),
            K("MISC", "Projectplan Javabrug"),
            K("MISC", "werkgroep cruisebeleid"),
            K("ORG", "Havenbedrijf"),
            K("ORG", "Wijkvereniging Overhoeks"),
            K("MISC", "Haven-Stad"),
        ],
    },
    "ams_inventaris_meervaart_2020_pdfmaker21.pdf": {
        "note": "Inventory of the Wob decision on theatre De Meervaart (2020), 5 pages, Excel via PDFMaker 21. Info Author "
                "'Paanen, Suzanne': redact (metadata only). Public office holders in role in document titles: 'wethouders "
                "Van Doorninck en Meliani', 'Amendement Boomsma' (council member): keep.",
        "redact": [
            R("PERSON", "Suzanne Paanen (Info Author)", "Paanen", "Suzanne"),
        ],
        "keep": [
            K("PERSON_PUBLIC", "Van Doorninck"),
            K("PERSON_PUBLIC", "Meliani"),
            K("PERSON_PUBLIC", "Boomsma"),
            K("ORG", "UNStudio"),
            K("ORG", "ASR"),
            K("ORG", "BNG"),
            K("MISC", "Meervaart"),
            K("MISC", "Cultuurhuizen"),
            K("MISC", "Notulen MT R&D"),
            K("ORG", "Integrale Commissie van de CRK"),
        ],
    },
    "ams_wob_durgerdammerdijk138_2020_omnipageocr.pdf": {
        "note": "Wob decision on the farmyard Durgerdammerdijk 138 (Oct 2018), 8 pages, scan with OmniPage OCR layer "
                "(OCR errors kept). Signed by teamleider Ruimte en Duurzaamheid W. Greter: redact. The requester's and "
                "contact's names were blanked. The farm address is the subject of the request: not probed.",
        "redact": [
            R("PERSON", "W. Greter (teamleider)", "Greter", "W. Greter"),
        ],
        "keep": [
            K("ORG", "Bureau Buitenweg"),
            K("ORG", "Dorpsraad Durgerdam"),
            K("ORG", "Omgevingsdienst Noordzeekanaalgebied"),
            K("MISC", "Ruimte voor Ruimte"),
            K("PLACE", "Liergouw"),
            K("ORG", "provincie Noord-Holland"),
            K("MISC", "Technische Adviescommissie"),
            K("MISC", "Stadsrandpolder Waterland"),
            K("LAW", "Algemene wet bestuursrecht"),
        ],
    },
    "ams_wob_genhoes_2019_word2010.pdf": {
        "note": "Stadsdeel Zuid, VTH: Wob decision on Genhoes 19 (Aug 2020), Word 2010. Signatory and 'Behandeld door' "
                "blank; the Info Author 'Rosien, Jan-Anne' is a civil servant: redact (metadata only).",
        "redact": [
            R("PERSON", "Jan-Anne Rosien (Info Author)", "Rosien", "Jan-Anne"),
        ],
        "keep": [
            K("ADDRESS", "Genhoes 19"),
            K("CASE_NO", "WOB-Genhoes 19"),
            K("TITLE", "Teammanager Vergunningen, Toezicht en Handhaving"),
            K("ORG", "Juridisch Bureau"),
            K("ORG", "Rechtbank Amsterdam"),
            K("MISC", "DigiD"),
            K("ADDRESS", "Postbus 74019"),
        ],
    },
    "ams_wob_kamerverhuur_elzenhagen_2020.pdf": {
        "note": "Stadsdeel Noord: Wob decision on room-rental permits in the Elzenhagen district (May 2020), 9 pages, no "
                "producer. Handled by 'Wob-coordinatie' (functional mailbox); signed 'b/a' by the secretary of the "
                "Bestuurscommissie Noord, 'R. van der Velden': redact (a stadsdeel official below SG level).",
        "redact": [
            R("PERSON", "R. van der Velden (secretaris bestuurscommissie Noord)", "Velden", "R. van der Velden"),
        ],
        "keep": [
            K("EMAIL_FUNCTIONAL", "bestuursondersteuning.sdn@amsterdam.nl", False),
            K("EMAIL_FUNCTIONAL", "kamerverhuur@amsterdam.nl", False),
            K("PLACE", "Elzenhagen"),
            K("LAW", "Huisvestingsverordening Amsterdam 2020"),
            K("ORG", "Bestuurscommissie Noord"),
            K("CASE_NO", "NO20-05677/UIT-20-12128", False),
            K("ADDRESS", "Buikslotermeerplein 2000"),
            K("ORG", "Juridisch Bureau"),
        ],
    },
    "ams_wob_leadbuyer_ict_2018_omnipageocr.pdf": {
        "note": "Directie ICT: (partial) Wob decision on the three largest ICT contracts (Dec 2018), 8 pages, scan with "
                "OmniPage OCR layer. 'Behandeld door M. de Jongh, Waarnemend Manager Leveranciersmanagement ICT', who "
                "also signs (OCR 'M. de Jon'): redact.",
        "redact": [
            R("PERSON", "M. de Jongh (waarnemend manager)", "Jongh", "M. de Jongh"),
        ],
        "keep": [
            K("TITLE", "Leveranciersmanagement ICT"),
            K("ADDRESS", "Cruquiusweg 5"),
            K("MISC", "Raamovereenkomst Leveringen en Services ICT-Hardware Werkplekken"),
            K("MISC", "www.tenderned.nl", False),
            K("PHONE_GENERAL", "Telefoon 14 020"),
            K("ORG", "Rechtbank Amsterdam"),
        ],
    },
    "ams_wob_nieuw_bestuurlijk_stelsel_pdfcreatorscan.pdf": {
        "note": "Wob decision on the implementation of the new Amsterdam governance system (Nov 2018), one page printed "
                "through PDFCreator as an image (no text layer). Only personal data: Info Author account 'Tilma001': "
                "redact (metadata). Page text (AT5, KiesKompas) is image-only: no keep probes.",
        "redact": [
            R("PERSON", "Tilma001 (Info Author account)", "Tilma001"),
        ],
        "keep": [],
    },
    "ams_wob_vinkenstraat_2018_aspose.pdf": {
        "note": "Stadsdeel Centrum Stadsloket: object permit Vinkenstraat 155-159 (Nov 2018), annex to a Wob decision, "
                "Aspose.Words. Automatically generated, unsigned, handled by a function ('specialist vergunningen "
                "Stadsloket') with functional mailboxes: control document (no redact item).",
        "redact": [],
        "keep": [
            K("ADDRESS", "Vinkenstraat 155-159"),
            K("CASE_NO", "Z/18/299068-108134"),
            K("EMAIL_FUNCTIONAL", "stadsloket.centrum.vergunningen.dvl@amsterdam.nl", False),
            K("EMAIL_FUNCTIONAL", "juridischezaken@centrum.amsterdam.nl", False),
            K("LAW", "Algemene Plaatselijke Verordening"),
            K("TITLE", "specialist vergunningen Stadsloket"),
            K("ADDRESS", "Amstel 1"),
        ],
    },
    # ---------------------------------------------------------------- Rijk
    "az_wob_van_kansspelen_corona_2021_xeroxwc.pdf": {
        "note": "AZ, Kabinet Minister-President: Wob decision on contacts with VAN Kansspelen (Feb 2021), 2 pages scanned on a "
                "Xerox WorkCentre 7556 with an OCR text layer. The request names the trade association's representative "
                "'Frits Huffnagel' (OCR layer 'Frits - H uffnag eI'): a private person in this role: redact. Signed by "
                "the plv. SG (not probed).",
        "redact": [
            R("PERSON", "Frits Huffnagel (representative of VAN Kansspelen)", "Frits", P("uffnag", False)),
        ],
        "keep": [
            K("ORG", "VAN Kansspelen"),
            K("ORG", "Holland Casino"),
            K("ORG", "Vereniging van Evenementenmakers"),
            K("ORG", "Kabinet Minister-President"),
            K("ORG", "Algemene Zaken"),
            K("MISC", "Family entertainment Centers Nederland"),
            K("CASE_NO", "4167071"),
        ],
    },
    "bz_wob_contacten_shell_nordstream_2021_pdfmaker20.pdf": {
        "note": "BZ, directie Internationaal Ondernemen: Wob decision on contacts with Shell about the Gas Directive and "
                "Nord Stream 2 (Jul 2021), Word via PDFMaker 20 with ~10 SharePoint custom keys in Info. Signed by the "
                "director 'André Driessen': redact. Info Author 'Comic, Mirnel': redact (metadata only).",
        "redact": [
            R("PERSON", "André Driessen (directeur Internationaal Ondernemen)", "Driessen", "André", "André Driessen"),
            R("PERSON", "Mirnel Comic (Info Author)", "Comic", "Mirnel", "Comic, Mirnel"),
        ],
        "keep": [
            K("ORG", "Shell Nederland"),
            K("ORG", "Royal Dutch Shell plc"),
            K("MISC", "Nord Stream 2"),
            K("LAW", "2009/73/EC", False),
            K("CASE_NO", "BZ-2021.48862"),
            K("EMAIL_FUNCTIONAL", "wob@minbuza.nl", False),
            K("ORG", "Directie Internationaal Ondernemen"),
            K("ADDRESS", "Rijnstraat 8"),
        ],
    },
    "bz_wob_reisadvies_china_2020.pdf": {
        "note": "BZ, directie Consulaire Zaken en Visumbeleid: Wob decision on COVID-19 travel advice for China (Dec 2020), "
                "11 pages with inventory. Signed (no handwriting) by the director 'DJ. Nieuwenhuis': redact.",
        "redact": [
            R("PERSON", "D.J. Nieuwenhuis (directeur DCV)", "Nieuwenhuis"),
        ],
        "keep": [
            K("ORG", "RIVM"),
            K("PLACE", "China"),
            K("EMAIL_FUNCTIONAL", "WOB@minbuza.nl", False),
            K("EMAIL_FUNCTIONAL", "COM@minbuza.nl", False),
            K("CASE_NO", "2020.6149-18"),
            K("MISC", "EU MS travel"),
            K("ORG", "Directie Consulaire Zaken en"),
        ],
    },
    "bz_wob_visum_langeafstandsrelaties_2020.pdf": {
        "note": "BZ, DCV / afdeling Visa en Reisdocumenten: Wob decision on a visa file (embassy Nur-Sultan), Mar 2021, "
                "7 pages; page 1 is an image (letter head, OCR only). Signed by 'Drs. L.M. Uyterlinde', Hoofd van de "
                "afdeling Visa en Reisdocumenten: redact.",
        "redact": [
            R("PERSON", "L.M. Uyterlinde (afdelingshoofd)", "Uyterlinde", "L.M. Uyterlinde"),
        ],
        "keep": [
            K("CASE_NO", "BZ-2021.2175"),
            K("TITLE", "Hoofd van de afdeling Visa en Reisdocumenten"),
        ],
    },
    "fin_wob_campagneactiviteiten_2021_word2016.pdf": {
        "note": "Financiën, DJZ: Wob decision on the minister's campaign activities as CDA lead candidate (2021), Word 2016. "
                "Signed by the head of Publiekrecht / deputy director 'mr. drs. M.A.A. di Bucchianico': redact. Info "
                "Author 'Acer, N (Nilgün) (DJZ/PUBLIEK)': redact (metadata only). 'C DA' (spaced) stays.",
        "redact": [
            R("PERSON", "M.A.A. di Bucchianico (Hoofd Publiekrecht / plv. directeur)", "Bucchianico", "di Bucchianico"),
            R("PERSON", "Nilgün Acer (Info Author)", "Acer", "Nilgün"),
        ],
        "keep": [
            K("ORG", "C DA"),
            K("CASE_NO", "2021-0000108071"),
            K("EMAIL_FUNCTIONAL", "wobverzoekendjz@minfin.n", False),
            K("ORG", "Directie Juridische Zaken"),
            K("ORG", "rechtbank Haarlem"),
            K("ADDRESS", "Korte Voorhout 7"),
            K("TITLE", "Hoofd Publiekrecht"),
        ],
    },
    "ienw_inv_antifouling_2020_61_distiller.pdf": {
        "note": "IenW: inventory 2020-61 on a practical test of antifouling systems, 5 pages, PScript5 + Acrobat Distiller 20. "
                "Senders/recipients are organisations only: control document (no redact item).",
        "redact": [],
        "keep": [
            K("ORG", "Hiswa"),
            K("ORG", "Endures B.V."),
            K("ORG", "Milieu Centraal"),
            K("MISC", "antifouling", False),
            K("CASE_NO", "31147826"),
            K("CASE_NO", "4500285048"),
            K("MISC", "Inkoopplan IenW"),
        ],
    },
    "jenv_wob_bruiloft_minister_2021_pdfmaker20.pdf": {
        "note": "JenV, DWJZ: Wob decision on the minister's wedding and the corona rules (Apr 2021), 11 pages, PDFMaker 20. "
                "Signed by 'K. Werkhorst, Hoofd sector Juridische Zaken en Wetgevingsbeleid': redact. Info Author "
                "'mr. S. Kapteijn': redact (metadata). A quoted Veiligheidsberaad report names 'mevrouw Scheidel die "
                "namens minister De Jonge aanwezig is' (a civil servant): redact. Ministers Grapperhaus, De Jonge, "
                "Rutte and the chair of the Veiligheidsberaad (burgemeester Bruls) in role: keep. 'de heer Rouvoet "
                "(nieuwe voorzitter GGD/GHOR)' is not probed. Switchboard and fax numbers stay.",
        "redact": [
            R("PERSON", "K. Werkhorst (hoofd sector JZW)", "Werkhorst", "K. Werkhorst"),
            R("PERSON", "S. Kapteijn (Info Author)", "Kapteijn"),
            R("PERSON", "mevrouw Scheidel (civil servant)", "Scheidel"),
        ],
        "keep": [
            K("PERSON_PUBLIC", "Grapperhaus"),
            K("PERSON_PUBLIC", "De Jonge"),
            K("PERSON_PUBLIC", "Rutte"),
            K("PERSON_PUBLIC", "Bruls"),
            K("ORG", "Veiligheidsberaad"),
            K("ORG", "Openbaar Ministerie"),
            K("ORG", "Rode Kruis"),
            K("MISC", "Justitieel Documentatiesysteem"),
            K("PHONE_GENERAL", "070 370 79 11"),
            K("PHONE_GENERAL", "070 370 75 16"),
            K("CASE_NO", "3203973"),
            K("MISC", "wobcovid19.rijksoverheid.nl", False),
        ],
    },
    "jenv_wob_medialogica_kamervragen_2020_xeroxcolor.pdf": {
        "note": "JenV, DG Politie en Veiligheidsregio's: Wob decision on answering Kamervragen about a Medialogica broadcast "
                "(Nov 2020), 10 pages scanned on a Xerox Color 560 with OCR layer. Signed by the DG (not probed). The "
                "letter itself lists the names it left readable because of their function: minister Dekker and Kamerleden "
                "Van Dijk and Dijkhoff (keep); the (oud-)SG, DG and directors Riedstra, Sans, Schaper, Gelton, Herstel, "
                "Cox, Van Essen (korpsleiding), Van der Burg (College van PG) and Prins (Centrum IKO) are not probed "
                "(see the README's rules). Control document.",
        "redact": [],
        "keep": [
            K("PERSON_PUBLIC", "Dekker"),
            K("PERSON_PUBLIC", "Dijkhoff"),
            K("MISC", "Medialogica"),
            K("ORG", "Simpel Media"),
            K("ORG", "Landelijk Bureau Vermiste Personen"),
            K("ORG", "Nationale Politie"),
            K("ORG", "Centrum IKO"),
            K("CASE_NO", "2956602"),
            K("ADDRESS", "Turfmarkt 147"),
        ],
    },
    "jenv_wob_vrijwillige_brandweer_2021_xeroxcolor.pdf": {
        "note": "JenV, DG Politie en Veiligheidsregio's: Wob decision on the volunteer fire brigade (Dec 2020), 10 pages "
                "scanned on a Xerox Color 560 with OCR layer. Names an external adviser, 'professor L. Verburg', whose "
                "policy opinions are withheld: redact (a private person, not an office holder). Signed by the DG (not "
                "probed).",
        "redact": [
            R("PERSON", "professor L. Verburg (external adviser)", "Verburg", "L. Verburg"),
        ],
        "keep": [
            K("CASE_NO", "3102852"),
            K("MISC", "ECLI:NL:RVS:2017:1789", False),
            K("ADDRESS", "Turfmarkt 147"),
        ],
    },
    "rvo_bzk_wob_21_030_2021_mixedscan.pdf": {
        "note": "RVO for BZK: Wob decision WOB/2021/030 (Mar 2021), 4 pages; page 1 is an image (OCR only). Signatory name "
                "absent. Control document.",
        "redact": [],
        "keep": [
            K("CASE_NO", "WOB/2021/030", False),
            K("ORG", "Rijksdienst voor Ondernemend Nederland"),
            K("ORG", "Afdeling Juridische Zaken"),
        ],
    },
    "rvo_wob_doodgeboren_kalveren_2021.pdf": {
        "note": "RVO for LNV: Wob decision on reporting stillborn calves under the fosfaatreductieplan (Sep 2021), 7 pages. "
                "Signed by 'N.C. Kuipers, Teammanager Afdeling Vergunningen & Handhaving': redact.",
        "redact": [
            R("PERSON", "N.C. Kuipers (teammanager)", "Kuipers", "N.C. Kuipers"),
        ],
        "keep": [
            K("EMAIL_FUNCTIONAL", "KPEU_Wob@rvo.nl", False),
            K("PHONE_GENERAL", "088 042 42 42"),
            K("CASE_NO", "Wob/2021/102", False),
            K("ADDRESS", "Mandemaat 3"),
            K("TITLE", "Teammanager Afdeling Vergunningen & Handhaving"),
        ],
    },
    "rvo_wob_gecombineerde_opgave_nistelrode_2020.pdf": {
        "note": "RVO for LNV: Wob decision on the Gecombineerde Opgave of 'familie ... e/o PFK Picolino, 't Broek 10 te "
                "Nistelrode' (Nov 2020). The family name was blanked but the home/farm address of the family was left: "
                "redact the address. The farm's trade name is not probed. No signatory name.",
        "redact": [
            R("ADDRESS", "'t Broek 10, Nistelrode (address of a family)", P("Broek 10", False)),
        ],
        "keep": [
            K("CASE_NO", "Wob/2020/177", False),
            K("EMAIL_FUNCTIONAL", "KPEU_Wob@rvo.nl", False),
            K("MISC", "Gecombineerde Opgave"),
            K("MISC", "UBN-nummers"),
            K("PHONE_GENERAL", "088 042 42 42"),
        ],
    },
    "szw_inv_asbest_kalenberg_2021_pdfmaker21.pdf": {
        "note": "Inspectie SZW: inventory 4.2021.0418.001 (asbestos at Kalenberg), 1 page, Word via PDFMaker 21. Info Author "
                "'Ramratan, P.E.': redact (metadata only). A KvK extract of a small firm is listed by its trade name "
                "(keep).",
        "redact": [
            R("PERSON", "P.E. Ramratan (Info Author)", "Ramratan"),
        ],
        "keep": [
            K("PLACE", "Kalenberg"),
            K("ORG", "Steenwijkerland"),
            K("ORG", "Inspectie SZW"),
            K("ORG", "Omgevingsdienst IJsselland"),
            K("ORG", "Miprins Handel en Landschapsonderhoud"),
            K("CASE_NO", "4.2021.0418.001", False),
            K("CASE_NO", "2126446"),
        ],
    },
    "toesl_wob_fsv_zwarte_lijsten_2021_word2016.pdf": {
        "note": "Financiën, DJZ, for the staatssecretaris Toeslagen en Douane: Wob decision on FSV / black lists (Jan 2021), "
                "6 pages, Word 2016. Signatory blank. Info Author 'Mulder, RC (Rogier) (UITVOERINGSBELEID)': redact "
                "(metadata only).",
        "redact": [
            R("PERSON", "R.C. (Rogier) Mulder (Info Author)", "Mulder", "Rogier", "Mulder, RC"),
        ],
        "keep": [
            K("MISC", "FSV"),
            K("ORG", "Belastingdienst"),
            K("ORG", "DF&A", False),
            K("ORG", "KPMG"),
            K("ORG", "ECB"),
            K("MISC", "Expertisecentrum Handhaving en Intelligence"),
            K("MISC", "Kinderopvangtoeslag"),
            K("CASE_NO", "2021-0000001102"),
            K("MISC", "ECLI:NL:RVS:2020:267", False),
            K("LAW", "Algemene wet inzake rijksbelastingen"),
            K("MISC", "Ongekend onrecht"),
        ],
    },
}
