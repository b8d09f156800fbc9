"""Hand-written gold specification for eval/real33 (read from the PDFs' PDFium text, rendered pages and the
annotation rectangles; OCR of image pages was looked at through the evaluator's channel dumps).

Per document: redact items (kind, value, [probes]) and keep items (kind, value, [probes]).
A probe is a string (word-anchored) or a (string, word) pair. make_gold.py turns this into
gold/*.json: redact probes get after=0, keep probes get after = their count in the PDFium text of
the original (keep probes with count 0 are dropped with a warning).

All 31 documents are Woo decisions of the Gemeente Coevorden (2023-2026) with the documents released with
them, as the municipality published them (re-published on opencoevorden.nl). They were anonymised before
publication, so most personal data is already gone; the redact probes are what the publication still
carries: names, an e-mail address, a mobile number and a home address that the municipality "covered"
with black FreeText annotations (the text under the boxes is still in the text layer), and names of civil
servants that were simply missed (in the scan's pixels and its OCR layer).

Rules (see README.md): civil servants and private persons are redacted; office holders in their public role
(burgemeester, wethouders, raadsleden and fractievoorzitters, a gedeputeerde, the burgemeester of a
neighbouring municipality, a gemeentesecretaris who co-signs) stay, as do organisations (also companies
named after a person), places, streets, programmes, laws, case numbers, functional mailboxes and general
numbers.
"""

# ---------------------------------------------------------------- shared keep items (Coevorden letterhead)
_GC = ("ORG", "Gemeente Coevorden", ["Gemeente Coevorden"])
_COEV = ("PLACE", "Coevorden", ["Coevorden"])
_KASTEEL = ("PLACE", "Kasteel 1 (town hall address)", ["Kasteel 1"])
_POSTBUS = ("PLACE", "Postbus 2, 7740 AA Coevorden", ["7740 AA"])
_T14 = ("OTHER", "general number 14 0524", ["14 0524"])
_FAX = ("OTHER", "general fax 0524-598555", ["0524-598555"])
_INFO = ("OTHER", "functional mailbox info@coevorden.nl", [("info@coevorden.nl", False)])
_WWW = ("OTHER", "www.coevorden.nl", [("www.coevorden.nl", False)])
_WOO = ("LAW", "Wet open overheid / Woo", ["Wet open overheid", "Woo"])
_AWB = ("LAW", "Algemene wet bestuursrecht", ["Algemene wet bestuursrecht"])
_SLEEN = ("PLACE", "Sleen", ["Sleen"])
_SCHOONOORD = ("PLACE", "Schoonoord", ["Schoonoord"])
_DRENTHE = ("PLACE", "Drenthe", ["Drenthe"])
_VVP = ("PROGRAMME", "Vitale Vakantieparken", ["Vitale Vakantieparken"])
_WICO = ("PLACE", "Bungalowpark Wico", ["Wico"])
_STEGEN = ("OFFICE_HOLDER", "wethouder Steven Stegen", ["Stegen"])


def _letter(extra):
    return [_GC, _COEV, _KASTEEL, _POSTBUS, _T14, _FAX, _INFO, _WWW, _WOO] + extra


_ROLINK = ("PERSON", "Richard Rolink, Woo requester (private person)",
           ["Rolink", "Richard", ("richardrolink@gmail.com", False)])
_JAGER = ("PERSON", "Albert Jager, jurist handhaving (civil servant)", ["Jager"])

SPEC = {
    # ------------------------------------------------------------ annotation "redactions" (text under boxes)
    "cvd_woo_waterglijbanen_printtopdf_annotboxes.pdf": {
        "redact": [
            _ROLINK,
            ("PHONE", "mobile number of the requester", [("+31636086754", False)]),
            ("ADDRESS", "home address of the requester, Brink 9a, 7841 CE Sleen",
             ["Brink 9a", "Brink 9 a", "7841 CE", "7841CE"]),
            ("PERSON", "Albert Jager, jurist handhaving (civil servant)", ["Albert Jager", "Jager"]),
        ],
        "keep": _letter([
            ("OTHER", "zaaknummer 20650-2023", ["20650-2023"]),
            ("ORG", "Gemeente Sleen (pre-1998 municipality)", ["Gemeente Sleen"]),
            ("PLACE", "Zwinderen", ["Zwinderen"]),
            ("PLACE", "Zweeloo", ["Zweeloo"]),
            ("PLACE", "Dalen", ["Dalen"]),
            ("PLACE", "Gees", ["Gees"]),
            ("PLACE", "Wezuperbrug", ["Wezuperbrug"]),
            ("PLACE", "Oosterhesselen", ["Oosterhesselen"]),
            ("PLACE", "Toldijk 20b", ["Toldijk"]),
            ("PLACE", "Pampert 2", ["Pampert"]),
            ("PLACE", "Odoomerweg 86", ["Odoomerweg"]),
            ("ORG", "Landal GreenParks BV", ["Landal GreenParks"]),
            ("OTHER", "jurist handhaving (job title)", ["jurist handhaving"]),
        ]),
    },
    "cvd_woo_contact_ambtenaar_annotboxes.pdf": {
        "redact": [
            ("PERSON", "Monique Hofman (Outlook print header: the civil servant who printed the mail)",
             ["Monique Hofman", "Hofman"]),
            _ROLINK,
            ("PERSON", "Fieny (Outlook category named after a colleague; boxed by the municipality)", ["Fieny"]),
            ("PERSON", "Dhr Hulzebos (civil servant on the phone)", ["Hulzebos"]),
            _JAGER,
        ],
        "keep": _letter([
            ("OTHER", "zaaknummer 34991-2023", ["34991-2023"]),
            ("OTHER", "kenmerk 34196-2023", ["34196-2023"]),
            ("OTHER", "functional mailbox Evenementen@coevorden.nl", [("Evenementen@coevorden.nl", False)]),
            ("LAW", "Alcoholwet", ["Alcoholwet"]),
            ("ORG", "team Leefomgeving/Economie & Leefbaarheid", ["Economie & Leefbaarheid"]),
            ("OTHER", "Jurist APV en bijzondere wetten (job title)", ["Jurist APV en bijzondere wetten"]),
            ("OTHER", "Teamleider Omgevingsontwikkeling (job title)", ["Teamleider Omgevingsontwikkeling"]),
            _AWB,
        ]),
    },
    # ------------------------------------------------------------ names the municipality missed
    "cvd_woo_communicatie_medewerker_alcoholwet.pdf": {
        "redact": [_JAGER],
        "keep": _letter([
            ("LAW", "Alcoholwet", ["Alcoholwet"]),
            ("OTHER", "functional mailbox Evenementen@coevorden.nl", [("Evenementen@coevorden.nl", False)]),
            ("OTHER", "Verklaring Sociale Hygiëne", ["Sociale Hygiëne"]),
            ("ORG", "Team Economie & Leefbaarheid", ["Economie & Leefbaarheid"]),
            ("OTHER", "Teamleider Omgevingsontwikkeling (job title)", ["Teamleider Omgevingsontwikkeling"]),
            ("PLACE", "Sleen", ["Sleen"]),
        ]),
    },
    "cvd_woo_wolf_provincie_veiligheidsregio.pdf": {
        "redact": [("PERSON", "M. Anemaet, 'Behandeld door' of a Coevorden letter (civil servant)", ["Anemaet"])],
        "keep": _letter([
            ("OFFICE_HOLDER", "gedeputeerde H. Jumelet (Provincie Drenthe)", ["Jumelet"]),
            ("OFFICE_HOLDER", "burgemeester K.B. (Karel) Loohuis, Hoogeveen", ["Loohuis"]),
            ("OFFICE_HOLDER", "burgemeester R. (Renze) Bergsma, Coevorden", ["Bergsma"]),
            ("OFFICE_HOLDER", "J. Bruijn-Van den Berg, gemeentesecretaris Westerveld (co-signs)",
             ["Bruijn-Van den Berg"]),
            ("ORG", "Provincie Drenthe", ["Provincie Drenthe"]),
            ("ORG", "Veiligheidsregio", ["Veiligheidsregio"]),
            ("ORG", "LTO", ["LTO"]),
            ("ORG", "BIJ12", ["BIJ12"]),
            ("PLACE", "Hoogeveen", ["Hoogeveen"]),
            ("PLACE", "Zuidwolde", ["Zuidwolde"]),
            ("PLACE", "Westerveld", ["Westerveld"]),
            ("PLACE", "Assen", ["Assen"]),
            ("OTHER", "functional mailbox info@gemeentewesterveld.nl", [("info@gemeentewesterveld.nl", False)]),
            ("OTHER", "functional mailbox gemeente@dewolden.nl", [("gemeente@dewolden.nl", False)]),
            ("OTHER", "kenmerk 72979-2022", ["72979-2022"]),
            ("OTHER", "bank account of the Gemeente Westerveld (organisation)", [("NL27BNGH0285079085", False)]),
            _DRENTHE,
        ]),
    },
    "cvd_woo_makelaardij_venhorst.pdf": {
        "redact": [("PERSON", "mevrouw Mettinkhof, contact person (civil servant)", ["Mettinkhof"])],
        "keep": _letter([
            ("ORG", "Makelaardij Venhorst", ["Venhorst"]),
            ("PLACE", "Wilhelminasingel 171", ["Wilhelminasingel"]),
            _AWB,
        ]),
    },
    # ------------------------------------------------------------ office holders (keep only)
    "cvd_woo_notulen_besloten_commissie_2020.pdf": {
        "redact": [],
        "keep": _letter([
            ("OFFICE_HOLDER", "raadslid A.H. Sieben (voorzitter)", ["Sieben"]),
            ("OFFICE_HOLDER", "raadslid T. Nijenbanning", ["Nijenbanning"]),
            ("OFFICE_HOLDER", "raadslid J. Kamps", ["Kamps"]),
            ("OFFICE_HOLDER", "raadslid L. Klein Gunnewiek-Penterman", ["Klein Gunnewiek-Penterman"]),
            ("OFFICE_HOLDER", "raadslid E. Heeling", ["Heeling"]),
            ("OFFICE_HOLDER", "raadslid M. Fissering", ["Fissering"]),
            ("OFFICE_HOLDER", "raadslid I. Talens", ["Talens"]),
            ("OFFICE_HOLDER", "raadslid A. Oudeboon", ["Oudeboon"]),
            ("OFFICE_HOLDER", "raadslid J. Slomp", ["Slomp"]),
            ("OFFICE_HOLDER", "raadslid M. Blanken", ["Blanken"]),
            ("OFFICE_HOLDER", "raadslid N. Jasperse", ["Jasperse"]),
            ("OFFICE_HOLDER", "raadslid I. Driehuis", ["Driehuis"]),
            ("OFFICE_HOLDER", "raadslid J. Stoker", ["Stoker"]),
            ("OFFICE_HOLDER", "raadslid H. Bouwers", ["Bouwers"]),
            ("OFFICE_HOLDER", "raadslid H. Nijmeijer", ["Nijmeijer"]),
            ("OFFICE_HOLDER", "raadslid L. Hoedemaker", ["Hoedemaker"]),
            ("OFFICE_HOLDER", "wethouder B.J. Bouwmeester", ["Bouwmeester"]),
            ("OFFICE_HOLDER", "wethouder J. Huizing", ["Huizing"]),
            _STEGEN,
            ("ORG", "BBC2014", ["BBC2014"]),
            ("ORG", "CDA", ["CDA"]),
            ("ORG", "VVD", ["VVD"]),
            ("ORG", "PvdA", ["PvdA"]),
            ("ORG", "D66", ["D66"]),
            ("ORG", "Gemeenteraad Coevorden", ["Gemeenteraad Coevorden"]),
            ("PROGRAMME", "Vitale Vakantie Parken Coevorden", ["Vitale Vakantie Parken"]),
        ]),
    },
    "cvd_woo_fractievoorzitters_whatsapp_xxllnc.pdf": {
        "redact": [],
        "keep": _letter([
            ("OFFICE_HOLDER", "fractievoorzitter Sandra Katerberg", ["Katerberg"]),
            ("OFFICE_HOLDER", "fractievoorzitter Jerry Stoker", ["Jerry Stoker"]),
            ("OFFICE_HOLDER", "fractievoorzitter Floris Vulto", ["Floris Vulto"]),
            ("OFFICE_HOLDER", "fractievoorzitter Henk Mulder", ["Henk Mulder"]),
            ("OFFICE_HOLDER", "burgemeester Renze Bergsma", ["Renze"]),
            ("ORG", "Fractievoorzitters (app group)", ["Fractievoorzitters"]),
            ("PLACE", "Picardtzaal", ["Picardtzaal"]),
            ("OTHER", "zaaknummer 1568-2024", ["1568-2024"]),
            _SLEEN,
        ]),
    },
    "cvd_woo_wico_provincie_drenthe.pdf": {
        "redact": [],
        "keep": _letter([
            ("OFFICE_HOLDER", "wethouder Steven Stegen", ["Steven Stegen"]),
            ("ORG", "Provincie Drenthe", ["Drenthe"]),
            ("ORG", "Team Vitale Vakantieparken Coevorden", ["Team Vitale Vakantieparken Coevorden"]),
            ("PLACE", "Bungalowpark Wico", ["Bungalowpark"]),
            ("PLACE", "Slenerweg", ["Slenerweg"]),
            _WICO, _AWB,
        ]),
    },
    "cvd_woo_wico_markies_van_karabas.pdf": {
        "redact": [],
        "keep": _letter([
            ("OFFICE_HOLDER", "wethouder Steven Stegen", ["Steven Stegen"]),
            ("ORG", "restaurant De Markies van Karabas", ["Markies van Karabas"]),
            ("ORG", "Team Vitale Vakantieparken", ["Team Vitale Vakantieparken"]),
            ("PRODUCT", "WhatsApp / Signal / Telegram", ["Signal", "Telegram"]),
            _WICO, _SCHOONOORD,
        ]),
    },
    "cvd_woo_kosten_vitale_vakantieparken_datamask.pdf": {
        "redact": [],
        "keep": _letter([
            _STEGEN, _VVP, _WICO, _SCHOONOORD,
            ("ORG", "Team Vitale Vakantieparken Coevorden", ["Team Vitale Vakantieparken Coevorden"]),
            ("OTHER", "Programmabegroting", ["Programmabegroting"]),
            ("PLACE", "Slenerweg", ["Slenerweg"]),
        ]),
    },
    "cvd_woo_klacht_wethouder_holties.pdf": {
        "redact": [],
        "keep": _letter([
            ("OFFICE_HOLDER", "wethouder Holties", ["Holties"]),
            ("ORG", "DVG Dienstverlening B.V.", ["DVG Dienstverlening"]),
            ("PLACE", "Willem Schoutenstraat (OCR: Willen), Emmen", ["Schoutenstraat"]),
            ("PLACE", "Emmen", ["EMMEN"]),
            ("ORG", "Team Advies & Financiën", ["Advies & Financiën"]),
            ("OTHER", "kenmerk 25819-2026", ["25819-2026"]),
        ]),
    },
    # ------------------------------------------------------------ DataMask / xxllnc / Aspose exports
    "cvd_woo_klachten_boheems_paradijs_aspose.pdf": {
        "redact": [],
        "keep": _letter([
            ("ORG", "Boheems Paradijs", ["Boheems Paradijs"]),
            ("PLACE", "Holsloot", ["Holsloot"]),
            ("PLACE", "Den Hool", ["Den Hool"]),
            ("ORG", "Team Economie & Leefbaarheid", ["Leefbaarheid"]),
        ]),
    },
    "cvd_woo_noodverordeningen_aspose.pdf": {
        "redact": [],
        "keep": _letter([
            ("ORG", "Veiligheidsregio Drenthe", ["Veiligheidsregio Drenthe"]),
            ("OTHER", "noodverordeningen", ["Noodverordeningen"]),
            ("ORG", "Team Economie & Leefbaarheid", ["Leefbaarheid"]),
        ]),
    },
    "cvd_woo_gespreksverslagen_restaurant_datamask.pdf": {
        "redact": [],
        "keep": _letter([
            _SCHOONOORD,
            ("ORG", "Team Vitale Vakantieparken Coevorden", ["Team Vitale Vakantieparken Coevorden"]),
        ]),
    },
    "cvd_woo_zienswijzen_dampverwerking_datamask.pdf": {
        "redact": [],
        "keep": _letter([
            ("ORG", "Regionale Uitvoeringsdienst Drenthe", ["Uitvoeringsdienst Drenthe"]),
            ("ORG", "Team Bedrijfsvoering", ["Team Bedrijfsvoering"]),
            ("ORG", "Omgevingsontwikkeling", ["Omgevingsontwikkeling"]),
        ]),
    },
    "cvd_woo_subsidie_zomerfeest_datamask.pdf": {
        "redact": [],
        "keep": _letter([
            _SCHOONOORD,
            ("OTHER", "Zomerfeest", ["Zomerfeest"]),
            ("ORG", "Team Economie & Leefbaarheid", ["Leefbaarheid"]),
            ("PRODUCT", "Mijn Overheid", ["Mijn Overheid"]),
        ]),
    },
    # ------------------------------------------------------------ Bluebeam letters (keep only)
    "cvd_woo_ozb_kwijtscheldingen.pdf": {
        "redact": [],
        "keep": [_GC, _COEV, _T14, _INFO,
                 ("ORG", "Stichting Scipova", ["Stichting Scipova"]),
                 ("ORG", "Team Belastingen", ["Team Belastingen"]),
                 ("OTHER", "zaaknummer 52408-2023", ["52408-2023"]),
                 ("OTHER", "Onroerende Zaakbelasting / OZB", ["OZB"]),
                 ("PLACE", "Den Haag", ["Den Haag"]),
                 ("PRODUCT", "Wetransfer", ["Wetransfer"]),
                 _WOO],
    },
    "cvd_woo_verkiezingsuitslagen_1998_2010.pdf": {
        "redact": [],
        "keep": _letter([
            ("LAW", "Kieswet", ["Kieswet"]),
            ("ORG", "Burgerzaken", ["Burgerzaken"]),
            ("OTHER", "zaaknummer 14964-2023", ["14964-2023"]),
            ("ORG", "Europees parlement", ["Europees parlement"]),
            ("ORG", "Tweede Kamer", ["Tweede Kamer"]),
            ("PRODUCT", "Mijn Overheid", ["Mijn Overheid"]),
        ]),
    },
    "cvd_woo_cameratoezicht.pdf": {
        "redact": [],
        "keep": _letter([
            ("ORG", "Simpel Zodiak", ["Simpel Zodiak"]),
            ("ORG", "AVROTROS", ["AVROTROS"]),
            ("ORG", "Banijay", ["Banijay"]),
            ("ORG", "Keurmerk Veilig Ondernemen Bedrijfsterreinen (KVO-B)", ["Keurmerk Veilig Ondernemen"]),
            ("LAW", "Gemeentewet", ["Gemeentewet"]),
            ("LAW", "Algemene Plaatselijke Verordening", ["Algemene Plaatselijke Verordening"]),
            ("PLACE", "MediArena 3, Amsterdam-Duivendrecht", ["MediArena 3"]),
            ("OTHER", "zaaknummer 17704-2023", ["17704-2023"]),
            ("ORG", "Economie & Leefbaarheid", ["Economie & Leefbaarheid"]),
        ]),
    },
    "cvd_woo_heffingen_belastingen.pdf": {
        "redact": [],
        "keep": _letter([
            ("ORG", "Juridisch adviesbureau Local Tax", ["Local Tax"]),
            ("OTHER", "functional mailbox info@bespaarbelasting.com", [("info@bespaarbelasting.com", False)]),
            ("OTHER", "zaaknummer 18680-2023", ["18680-2023"]),
            ("ORG", "Team belastingen & WOZ", ["belastingen & WOZ"]),
            ("ORG", "Hoge Raad", ["Hoge Raad"]),
            ("OTHER", "KVK 17172519 (company number)", ["17172519"]),
            ("PLACE", "Amsterdam", ["Amsterdam"]),
        ]),
    },
    "cvd_woo_voornemens_dwangsom_woonoverlast.pdf": {
        "redact": [],
        "keep": _letter([
            ("LAW", "Gemeentewet", ["Gemeentewet"]),
            ("ORG", "Team Advies & Financiën", ["Advies & Financiën"]),
        ]),
    },
    "cvd_woo_overleggen_groepsaccommodatie_sleen.pdf": {
        "redact": [],
        "keep": _letter([
            ("ORG", "Groepsaccommodatie Brink 9", ["Groepsaccommodatie Brink"]),
            ("ORG", "Advies & Financiën", ["Advies & Financiën"]),
            ("PRODUCT", "Signal", ["Signal"]),
            _SLEEN,
        ]),
    },
    "cvd_woo_persvragen_brink9_sleen.pdf": {
        "redact": [],
        "keep": _letter([
            ("ORG", "groepsaccommodatie 't Hunebed", ["Hunebed"]),
            ("ORG", "Team Communicatie", ["Team Communicatie"]),
            ("PLACE", "Assen", ["Assen"]),
            _SLEEN, _DRENTHE,
        ]),
    },
    "cvd_woo_veiligheidsregio_bedrijfsbezoek.pdf": {
        "redact": [],
        "keep": _letter([
            ("ORG", "Veiligheidsregio Drenthe", ["Veiligheidsregio Drenthe"]),
            ("ORG", "Brandweer Drenthe", ["Brandweer Drenthe"]),
            ("OTHER", "functional mailbox info@vrd.nl", [("info@vrd.nl", False)]),
            ("PLACE", "Mien Ruysweg", ["Mien Ruysweg"]),
            ("PLACE", "Assen", ["Assen"]),
            ("OTHER", "Medewerker Risicobeheersing (job title)", ["Medewerker Risicobeheersing"]),
            ("ORG", "Team Risicobeheersing", ["Team Risicobeheersing"]),
            ("PRODUCT", "Mijn Overheid", ["Mijn Overheid"]),
        ]),
    },
    "cvd_woo_nvwa_waterglijbaan.pdf": {
        "redact": [],
        "keep": _letter([
            ("ORG", "Nederlandse Voedsel- en Warenautoriteit", ["Warenautoriteit"]),
            ("LAW", "Warenwetbesluit Attractie- en speeltoestellen", ["Warenwetbesluit"]),
            ("ORG", "Ministerie van Landbouw, Natuur en Voedselkwaliteit", ["Voedselkwaliteit"]),
            ("ORG", "Team Klantcontactcentrum", ["Team Klantcontactcentrum"]),
            ("OTHER", "Inspecteur productveiligheid (job title)", ["Inspecteur productveiligheid"]),
            ("PLACE", "Utrecht", ["Utrecht"]),
        ]),
    },
    "cvd_woo_nvwa_correspondentie.pdf": {
        "redact": [],
        "keep": _letter([
            ("ORG", "Nederlandse Voedsel- en Warenautoriteit", ["Warenautoriteit"]),
            ("ORG", "Divisie Juridische Zaken", ["Divisie Juridische Zaken"]),
            ("ORG", "Directie Strategie", ["Directie Strategie"]),
            ("PLACE", "Catharijnesingel", ["Catharijnesingel"]),
            ("PLACE", "Utrecht", ["Utrecht"]),
            ("ORG", "groepsaccommodatie 't Hunebed", ["Hunebed"]),
            ("OTHER", "functional mailbox noreply@nvwa.nl", [("noreply@nvwa.nl", False)]),
            _SLEEN,
        ]),
    },
    "cvd_woo_juridische_kosten.pdf": {
        "redact": [],
        "keep": _letter([
            ("ORG", "Oosterveen & De Groot B.V.", ["Oosterveen"]),
            ("OTHER", "functional mailbox info@oosterveendegroot.nl", [("info@oosterveendegroot.nl", False)]),
            ("PLACE", "Kornputsingel 5, Steenwijk", ["Kornputsingel"]),
            ("PLACE", "Steenwijk", ["STEENWIJK"]),
            ("ORG", "Integriteitscommissie", ["Integriteitscommissie"]),
            ("ORG", "Team Advies & Financiën", ["Advies & Financiën"]),
        ]),
    },
    "cvd_woo_integriteitsschendingen.pdf": {
        "redact": [],
        "keep": _letter([
            ("ORG", "Nationale ombudsman", ["Nationale ombudsman"]),
            ("OTHER", "ombudsman number 0800 - 33 55 555", ["33 55 555"]),
            ("ORG", "woonzorginstelling de Steeg", ["Steeg"]),
            ("PLACE", "Hilversum", ["Hilversum"]),
        ]),
    },
    "cvd_woo_bewonerslijst_recreatiewoningen_1997.pdf": {
        "redact": [],
        "keep": _letter([
            ("PLACE", "Ermerzand", ["Ermerzand"]),
            ("ORG", "Gemeente Sleen", ["Gemeente Sleen"]),
            ("ORG", "Rechtbank Noord-Nederland", ["Rechtbank Noord"]),
            ("ORG", "Gemeentelijke Basisadministratie", ["Gemeentelijke Basisadministratie"]),
            ("PLACE", "Groningen", ["Groningen"]),
            ("PROGRAMME", "Vitale Vakantieparken Coevorden", ["Vitale Vakantieparken Coevorden"]),
            _AWB, _SLEEN,
        ]),
    },
    "cvd_woo_whatsapp_medewerker.pdf": {
        "redact": [],
        "keep": _letter([
            ("OFFICE_HOLDER", "wethouder Meppelink", ["Meppelink"]),
            ("OTHER", "Teamleider Omgevingsontwikkeling (job title)", ["Teamleider Omgevingsontwikkeling"]),
            ("ORG", "ombudsman", ["ombudsman"]),
        ]),
    },
    "cvd_woo_bijlage_uitvoeringsplan_vvp.pdf": {
        "redact": [],
        "keep": _letter([
            ("OFFICE_HOLDER", "portefeuillehouder Dhr. S. Stegen", ["Stegen"]),
            ("PLACE", "Chaletpark Primo", ["Chaletpark Primo"]),
            ("PLACE", "Chaletpark Secundo", ["Chaletpark Secundo"]),
            ("PLACE", "Recreatiegebied Toenakkers", ["Toenakkers"]),
            ("PLACE", "Vakantiepark Brinkskamp", ["Brinkskamp"]),
            ("PLACE", "Vakantiepark Wico", ["Vakantiepark Wico"]),
            _VVP,
        ]),
    },
    "cvd_woo_reclameconcessies_exterion.pdf": {
        "redact": [
            ("EMAIL", "rd@reclanet.nl: mailbox built from the initials of the Reclanet employee whose name the "
                      "municipality redacted in the same letter (personal, not functional)", [("rd@reclanet.nl", False)]),
        ],
        "keep": _letter([
            ("ORG", "Reclanet Holding B.V.", ["Reclanet Holding"]),
            ("ORG", "Exterion Media (Netherlands) B.V.", ["Exterion Media"]),
            ("OTHER", "functional mailbox info@exterionmedia.nl", [("info@exterionmedia.nl", False)]),
            ("PLACE", "Liesboslaan 57, Breda", ["Liesboslaan"]),
            ("PLACE", "Breda", ["Breda"]),
            ("PLACE", "Karspeldreef 8, Amsterdam", ["Karspeldreef"]),
            ("OTHER", "KvK 33207193 (company number)", ["33207193"]),
            ("OTHER", "Reclanet general number 076 5874030", ["5874030"]),
            ("OTHER", "teamleider Vastgoed & Infrastructuur (job title)", ["Vastgoed & Infrastructuur"]),
            ("OTHER", "Europanels", ["Europanels"]),
        ]),
    },
}
