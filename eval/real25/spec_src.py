"""Probe specification of eval/real25 (hand-written after reading each PDF's text, metadata and OCR).

One entry per corpus file:
  src     -> (repository, commit, path in repository)
  redact  -> [(kind, value, [probe, ...]), ...]   personal data present and readable in the original
  keep    -> [(kind, value, [probe, ...]), ...]   public content that must stay readable
A probe is a string (word-anchored) or a dict {"text":..., "word": bool, "ocr": bool}.
make_gold.py turns this into gold/*.json: redact probes get after=0 (and must occur in some channel of the
original), keep probes get after = their count in the PDFium text of the original (must be >= 1).
"""

JV = "julianvenhuizen/wob-letter-extraction"
JVC = "40fa90f8fc927d0170ccdabc2681a3659dd23325"
WOOWEB = "minvws/nl-rdo-woo-web"

# exact paths in  at commit JVC (by the collector's working number)
JVPATH = {
    "204": "data/WooIR/Bes-Ordner1.doc.1-15.pdf",
    "101": "data/Amsterdam/no20-05797_wob-verzoek_over_besluit_vn2020-006736_fietsverbinding_vliegenbos.pdf",
    "073": "data/Amsterdam/besluit_wob-verzoek_weigeren_omgevingsvergunning_clazina-maria.pdf",
    "196": "data/WooIR/Bes-Besluit+op+Wob-verzoek+over+beleid+en+preventie+(uitvoering+van)+zelfgekozen+levenseinde.pdf",
    "206": "data/WooIR/Bes-Overwegingen+bij+zienswijzen+over+Wob-verzoek.pdf",
    "215": "data/WooIR/Bes-Wob-verzoek+over+belastingverdrag+tussen+Nederland+en+Duitsland.pdf",
    "218": "data/WooIR/Bes-besluit+op+wob-verzoek+over+conceptovergangsregeling+afschaffing+afvalstoffenbelasting.pdf",
    "256": "data/WooIR/Inv-inventarislijst-1e-deelbesluit-wob-bedrijfsdossier-van-tata-steel-doc-1-140.pdf",
    "272": "data/WooIR_clean/Bes-besluit-wob-verzoek-overheidssteun-merwede.pdf",
    "223": "data/WooIR/Bes-besluit-20-0941.pdf",
    "122": "data/Amsterdam/wob-besluit_informatieverzoek_inzake_ontwikkelingen_marineterrein_amsterdam.pdf",
    "135": "data/Amsterdam/wob-besluit_noodbevelen_willemiisupporters_18-01-2019.pdf",
    "148": "data/Amsterdam/wob_-besluit_tvm_object-vergunning_met_kenmerk_z182_-_21-11-2018.pdf",
    "147": "data/Amsterdam/wob-verzoek_vraag_ingediend_bezwaar_op_besluit.pdf",
    "086": "data/Amsterdam/deelbesluit_wapencontroles_ii.pdf",
    "213": "data/WooIR/Bes-Wob-verzoek+II+KLM+steunmaatregelenpakket.pdf",
    "217": "data/WooIR/Bes-Wob-verzoek-over-Patrimonium-Woonservice.pdf",
    "188": "data/WooIR/Bes-Besluit+Wob-verzoek+inhuur+artsen.pdf",
    "193": "data/WooIR/Bes-Besluit+Wob-verzoek+toestemming+justitiabele+plaatsen+foto+Facebook.pdf",
    "198": "data/WooIR/Bes-Besluit+op+Wob-verzoek+over+kwaliteitsonderzoek+School+voor+Persoonlijk+Onderwijs+Utrecht.pdf",
    "211": "data/WooIR/Bes-Wob-besluit-koerslijsten-gebruikte-autos.pdf",
    "028": "data/Amsterdam/20210319_besluit_wob_particuliere_kades_def_anoniem.pdf",
    "120": "data/Amsterdam/wob-besluit_handhaving_reclame_lichtbak.pdf",
    "172": "data/Amsterdam/wobbesluit_bijlage_2_doorbetaling_niet_geredenritten.pdf",
    "173": "data/Amsterdam/wobbesluit_doorbetaling_niet_gereden_ritten.pdf",
    "154": "data/Amsterdam/wob_besluit_deel_1_terras_bosco_en_patis_1.pdf",
    "157": "data/Amsterdam/wob_besluit_lutkemeren_osdorp_geanonimiseerd.pdf",
    "161": "data/Amsterdam/wob_besluit_nrc_eritrese_kerk_geanonimiseerd.pdf",
}

def J(n):
    return (JV, JVC, JVPATH[n])


def P(text, word=True, ocr=False):
    d = {"text": text, "word": word}
    if ocr:
        d["ocr"] = True
    return d


SPEC = {
    # ------------------------------------------------------------------ rijksoverheid, text layers
    "nvwa_wob_chemische_stoffen_2021_pdfmaker20.pdf": dict(
        src=J("196"),
        redact=[
            ("PERSON", "Formoly, T. (Tahnina) (Info Author, XMP dc:creator)", ["Formoly", "Tahnina"]),
            ("EMAIL", "m.t.p.e.jeurissen@minlnv.nl (custom Info key /EMAILADRES of the Word template)",
             [P("m.t.p.e.jeurissen@minlnv.nl", False), "jeurissen"]),
        ],
        keep=[
            ("ORG", "NVWA", ["NVWA"]),
            ("EMAIL_FUNCTIONAL", "nvwabezwaarenberoep@nvwa.nl", [P("nvwabezwaarenberoep@nvwa.nl", False)]),
            ("ADDRESS_ORG", "Catharijnesingel 59", ["Catharijnesingel 59"]),
            ("PLACE", "Utrecht", ["Utrecht"]),
            ("REF", "TRCNVWA/2021/2926", [P("TRCNVWA/2021/2926", False)]),
            ("LAW", "Wet openbaarheid van bestuur", ["Wet openbaarheid van bestuur"]),
            ("ORG", "Nederlandse Voedsel- en Warenautoriteit", ["Nederlandse Voedsel"]),
            ("ROLE", "Divisiehoofd Juridische Zaken", ["Divisiehoofd Juridische"]),
            ("TERM", "suïcide", ["suïcide"]),
        ],
    ),
    "nvwa_overwegingen_zienswijzen_2021_pdfmaker20.pdf": dict(
        src=J("206"),
        redact=[
            ("PERSON", "Jeurissen, M.T.P.E. (Ria) (Info Author, XMP dc:creator)", ["Jeurissen", "Ria"]),
        ],
        keep=[
            ("ORG", "NVWA", ["NVWA"]),
            ("ADDRESS_ORG", "Catharijnesingel 59", ["Catharijnesingel 59"]),
            ("REF", "TRCNVWA/2021/3225", [P("TRCNVWA/2021/3225", False)]),
            ("REF", "Wob-besluit 20-0553", [P("20-0553", False)]),
            ("CASE", "ECLI:NL:RVS:2019:795", [P("ECLI:NL:RVS:2019:795", False)]),
            ("ORG", "Raad van State", ["Raad van State"]),
            ("TERM", "varkens", ["varkens"]),
            ("SOURCE", "Kamerstukken II, 1986/87, 19 859", ["Kamerstukken II"]),
        ],
    ),
    "fin_wob_belastingverdrag_duitsland_2021_acrobatdc.pdf": dict(
        src=J("215"),
        redact=[
            ("PERSON", "Drenthe, K (Karin) (DJZ/SECR) (Info Author, XMP dc:creator)", ["Drenthe", "Karin"]),
        ],
        keep=[
            ("ROLE", "Hoofd Publiekrecht/De plv. Directeur Juridische Zaken", ["Hoofd Publiekrecht"]),
            ("PERSON_PUBLIC", "mr. drs. M.A.A. di Bucchianico (signs the decision in mandate)", ["di Bucchianico"]),
            ("ORG", "Directie Juridische Zaken", ["Directie Juridische Zaken"]),
            ("ADDRESS_ORG", "Korte Voorhout 7", ["Korte Voorhout 7"]),
            ("PLACE", "Duitsland", ["Duitsland"]),
            ("TERM", "Belastingverdrag", ["Belastingverdrag"]),
            ("REF", "2021-0000153234", [P("2021-0000153234", False)]),
            ("CASE", "ECLI:NL:RVS:2017:2951", [P("ECLI:NL:RVS:2017:2951", False)]),
            ("URL", "www.rijksoverheid.nl", [P("www.rijksoverheid.nl", False)]),
        ],
    ),
    "fin_wob_overgangsregeling_afvalstoffenbelasting_2021_acrobatdc.pdf": dict(
        src=J("218"),
        redact=[
            ("PERSON", "Lammers, A (Andrea) (DJZ/WOB) (Info Author, XMP dc:creator)", ["Lammers", "Andrea"]),
        ],
        keep=[
            ("PERSON_PUBLIC", "mr. drs. M.A.A. di Bucchianico (signs the decision in mandate)", ["di Bucchianico"]),
            ("ORG", "Directie Juridische Zaken", ["Directie Juridische Zaken"]),
            ("ADDRESS_ORG", "Korte Voorhout 7", ["Korte Voorhout 7"]),
            ("TERM", "Overgangsmaatregelen", ["Overgangsmaatregelen"]),
            ("TERM", "Belastingplan", ["Belastingplan"]),
            ("ORG", "Tweede Kamer", ["Tweede Kamer"]),
            ("GROUND", "10.2.e", [P("10.2.e", False)]),
            ("REF", "2021-0000141056", [P("2021-0000141056", False)]),
        ],
    ),
    "szw_inventaris_tata_steel_2021_pdfmaker21.pdf": dict(
        src=J("256"),
        redact=[
            ("PERSON", "Ramratan, P.E. (Info Author, XMP dc:creator)", ["Ramratan"]),
        ],
        keep=[
            ("ORG", "Tata Steel", ["Tata Steel"]),
            ("ORG", "Kamer van Koophandel", ["Kamer van Koophandel"]),
            ("ORG", "Fixmedia", ["Fixmedia"]),
            ("TERM", "Arbeidsongeval", ["Arbeidsongeval"]),
            ("TERM", "Disciplinereglement", ["Disciplinereglement"]),
            ("TERM", "Boeterapport", ["Boeterapport"]),
            ("TERM", "RI&E beitsbaan 21", [P("RI&E", False)]),
            ("REF", "4.2021.0808.001", [P("4.2021.0808.001", False)]),
            ("PLACEHOLDER", "[persoonsnaam]", [P("[persoonsnaam]", False)]),
        ],
    ),
    "fin_wob_ihc_merwede_2021_pdfmaker20.pdf": dict(
        src=J("272"),
        redact=[
            ("PERSON", "Acer, N (Nilgün) (DJZ/PUBLIEK) (Info Author, XMP dc:creator)", ["Acer", "Nilgün"]),
            ("PERSON", "de heer J. Leijten (requester; custom Info key /Aan)", ["Leijten"]),
            ("EMAIL", "j.leijten@nrc.nl (custom Info key /Aan)", [P("j.leijten@nrc.nl", False)]),
        ],
        keep=[
            ("ORG", "IHC Merwede", ["IHC Merwede"]),
            ("EMAIL_FUNCTIONAL", "wobverzoekendjz@minfin.nl", [P("wobverzoekendjz@minfin.nl", False)]),
            ("ORG", "Directie Juridische Zaken", ["Directie Juridische Zaken"]),
            ("ADDRESS_ORG", "Korte Voorhout 7", ["Korte Voorhout 7"]),
            ("URL", "www.minfin.nl", [P("www.minfin.nl", False)]),
            ("REF", "2021-0000048903", [P("2021-0000048903", False)]),
            ("ORG", "ministerie van Financiën", ["ministerie van Financiën"]),
        ],
    ),
    # ------------------------------------------------------------------ e-mails / letters already redacted
    "lnv_rvo_crv_fokprogramma_mails_webcapture.pdf": dict(
        src=J("204"),
        redact=[
            ("EMAIL", "laurent.journaux@france-genetique-elevage.fr (mailto: link annotation under a redacted address)",
             [P("laurent.journaux@france-genetique-elevage.fr", False), "journaux"]),
        ],
        keep=[
            ("ORG", "Rijksdienst voor Ondernemend Nederland", ["Rijksdienst voor Ondernemend Nederland"]),
            ("EMAIL_FUNCTIONAL", "fokkerij@rvo.nl", [P("fokkerij@rvo.nl", False)]),
            ("ORG", "RVO Fokkerij (functional mailbox name)", ["RVO Fokkerij"]),
            ("ADDRESS_ORG", "Prinses Beatrixlaan 2", ["Prinses Beatrixlaan 2"]),
            ("ORG", "Team Marktordening en Fokkerijregelgeving", ["Team Marktordening en Fokkerijregelgeving"]),
            ("ORG", "CRV Holding B.V.", ["CRV Holding B.V."]),
            ("ADDRESS_ORG", "Wassenaarweg 20", ["Wassenaarweg 20"]),
            ("ORG", "ICAR", ["ICAR"]),
            ("TERM", "Certificate of Quality", ["Certificate of Quality"]),
            ("LAW", "Fokkerijverordening", ["Fokkerijverordening"]),
            ("ORG", "WUR", ["WUR"]),
            ("PLACE", "Arnhem", ["Arnhem"]),
            ("TERM", "Telefoonmemo", ["Telefoonmemo"]),
            ("TERM", "inteelt", ["inteelt"]),
            ("ID_ORG", "Dutch trade number 09125050", ["09125050"]),
        ],
    ),
    "ams_noord_vliegenbos_wobverzoek_mails.pdf": dict(
        src=J("101"),
        redact=[],
        keep=[
            ("ORG", "Stichting W.H.Vliegenbos", ["Stichting W.H.Vliegenbos"]),
            ("EMAIL_FUNCTIONAL", "wob.coordinatie.SDN@amsterdam.nl", [P("wob.coordinatie.SDN@amsterdam.nl", False)]),
            ("ORG", "Wob-coördinatie stadsdeel Noord", ["Wob-coördinatie stadsdeel Noord"]),
            ("REF", "VN2020-006736", [P("VN2020-006736", False)]),
            ("REF", "NO20-05797", [P("NO20-05797", False)]),
            ("TOPIC", "Fietsverbinding Vliegenbos", ["Fietsverbinding Vliegenbos"]),
            ("URL", "www.vliegenbos.amsterdam", [P("www.vliegenbos.amsterdam", False)]),
            ("ORG", "Dagelijks Bestuur", ["Dagelijks Bestuur"]),
            ("ORG", "Stadsdeelcommissie", ["Stadsdeelcommissie"]),
            ("ROLE", "duo-voorzitter", ["duo-voorzitter"]),
            ("ROLE", "vice-voorzitter", ["vice-voorzitter"]),
        ],
    ),
    "ams_noord_wob_clazina_maria_2019_scan_ocr.pdf": dict(
        src=J("073"),
        redact=[],
        keep=[
            ("ORG", "Hoogheemraadschap Hollands Noorderkwartier", ["Hoogheemraadschap Hollands Noorderkwartier"]),
            ("ORG", "HHNK", ["HHNK"]),
            ("OBJECT", "Clazina Maria (a ship)", ["Clazina Maria"]),
            ("ADDRESS_OBJECT", "Schellingwouderdijk 394", ["Schellingwouderdijk 394"]),
            ("REF", "OLO 2996381", ["OLO 2996381"]),
            ("REF", "NO19-04604/UIT-19-10314", [P("NO19-04604/UIT-19-10314", False)]),
            ("ADDRESS_ORG", "Buikslotermeerplein 2000", ["Buikslotermeerplein 2000"]),
            ("PHONE_SWITCHBOARD", "14020", ["14020"]),
            ("EMAIL_FUNCTIONAL", "wob.coördinatie.sdn@amsterdam.nl", [P("wob.coördinatie.sdn@amsterdam.nl", False)]),
            ("LAW", "Wet openbaarheid van bestuur", ["Wet openbaarheid van bestuur"]),
        ],
    ),
}

