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
    "169": "data/Amsterdam/wob_besluit_voorontwerpbestemmingsplan_slotermeer_2018.pdf",
    "041": "data/Amsterdam/2_besluit_geanonimiseerd-.pdf",
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
            ("PERSON", "Jeurissen, M.T.P.E. (Ria) (Info Author, XMP dc:creator)", ["Jeurissen", P("M.T.P.E. (Ria)", False)]),
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
    "fin_bob_koerslijsten_gebruikte_autos_2021_scan_ocr.pdf": dict(
        src=J("211"),
        redact=[
            ("PERSON", "Tom Corduwener (staff of XRAY, named in the quoted Wob request)", ["Corduwener", "Tom Corduwener"]),
        ],
        keep=[
            ("ORG", "Belastingdienst", ["Belastingdienst"]),
            ("ORG", "BOVAG", ["BOVAG"]),
            ("ORG", "ANWB", ["ANWB"]),
            ("ORG", "Autotelexpro", ["Autotelexpro"]),
            ("ORG", "Eurotax", ["Eurotax"]),
            ("ORG", "XRAY", ["XRAY"]),
            ("ORG", "RDW", ["RDW"]),
            ("ORG", "Hoge Raad", ["Hoge Raad"]),
            ("PERSON_PUBLIC", "staatssecretaris Snel (cabinet member in role)", ["staatssecretaris Snel"]),
            ("TERM", "Platform Koerslijsten", ["Platform Koerslijsten"]),
            ("TERM", "BPM", ["BPM"]),
            ("ADDRESS_ORG", "John F. Kennedylaan 8 (street named after a person)", ["John F. Kennedylaan 8"]),
            ("PLACE", "Apeldoorn", ["Apeldoorn"]),
            ("ORG", "Unit Centrale Functies", ["Unit Centrale Functies"]),
            ("REF", "21/404", [P("21/404", False)]),
        ],
    ),
    "vws_woo_toegankelijkheid_beheer_2025_firefox_cairo.pdf": dict(
        src=(WOOWEB, "00828238ed925fafd76e8d53e8118f2df3205584",
             "public/documenten/2025-06-04-toegankelijkheidsonderzoek-beheer-open.minvws.nl.pdf"),
        redact=[
            ("PERSON", "Leonie Smits (researcher of the audit firm, title page)", ["Leonie Smits", "Smits", "Leonie"]),
        ],
        keep=[
            ("ORG", "Cardan", ["Cardan"]),
            ("EMAIL_FUNCTIONAL", "contact@cardan.com", [P("contact@cardan.com", False)]),
            ("PHONE_SWITCHBOARD", "0885004070 (company number in every page footer)", ["0885004070"]),
            ("ADDRESS_ORG", "Burgemeester Brokxlaan 32 (street named after a mayor)", ["Burgemeester Brokxlaan 32"]),
            ("PLACE", "Tilburg", ["Tilburg"]),
            ("URL", "https://cardan.com", [P("https://cardan.com", False)]),
            ("ORG", "Ministerie van Volksgezondheid, Welzijn en Sport", ["Ministerie van Volksgezondheid, Welzijn en Sport"]),
            ("URL", "balie.acc.woo.irealisatie.nl", [P("balie.acc.woo.irealisatie.nl", False)]),
            ("STANDARD", "WCAG 2.2", ["WCAG 2.2"]),
            ("STANDARD", "WCAG-EM", ["WCAG-EM"]),
            ("PRODUCT", "NVDA", ["NVDA"]),
            ("PRODUCT", "Google Chrome", ["Google Chrome"]),
            ("TERM_EN", "Web Content Accessibility Guidelines", ["Web Content Accessibility Guidelines"]),
            ("ROLE", "Onderzoeker (label)", ["Onderzoeker"]),
            ("ROLE", "Opdrachtgever (label)", ["Opdrachtgever"]),
        ],
    ),
    "az_bob_klm_steunmaatregelen_2021_xerox_ocr.pdf": dict(
        src=J("213"),
        redact=[],
        keep=[
            ("ORG", "Kabinet Minister-President", ["Kabinet Minister-President"]),
            ("ORG", "Ministerie van Algemene Zaken", ["Ministerie van Algemene Zaken"]),
            ("EMAIL_FUNCTIONAL", "Wob@minaz.nl (contact person field)", [P("Wob@minaz.nl", False)]),
            ("ADDRESS_ORG", "Binnenhof 19", ["Binnenhof 19"]),
            ("ORG", "KLM", ["KLM"]),
            ("ORG", "Air France", ["Air France"]),
            ("ORG", "Europese Unie", ["Europese Unie"]),
            ("ORG", "ministerraad", ["ministerraad"]),
            ("LAW", "Reglement van Orde (van de ministerraad)", ["Reglement van Orde"]),
            ("ORG", "Raad van State", ["Raad van State"]),
            ("REF", "4212632", ["4212632"]),
            ("REF", "4179922", ["4179922"]),
        ],
    ),
    "bzk_wob_patrimonium_woonservice_2021_scandall_ocr.pdf": dict(
        src=J("217"),
        redact=[],
        keep=[
            ("ORG", "Quattro B.V.", [P("Quattro B.V.", False)]),
            ("ORG", "Autoriteit Woningcorporaties", ["Autoriteit Woningcorporaties"]),
            ("ORG", "ILT", ["ILT"]),
            ("ORG", "Binnenlandse Zaken en Koninkrijksrelaties", ["Binnenlandse Zaken en Koninkrijksrelaties"]),
            ("ROLE", "Secretaris-generaal (signs in mandate)", ["Secretaris-generaal"]),
            ("URL", "www.facebook.com/minbzk", [P("www.facebook.com/minbzk", False)]),
            ("URL", "www.twitter.com/minbzk", [P("www.twitter.com/minbzk", False)]),
            ("REF", "0-5-20-0093.001", [P("0-5-20-0093.001", False)]),
            ("REF", "2021-0000467396", [P("2021-0000467396", False)]),
            ("REF", "VOSEP 2021", ["VOSEP 2021"]),
            ("TERM", "cashflowgarantie", ["cashflowgarantie"]),
        ],
    ),
    "dji_wob_inhuur_artsen_2021_omnipage_ocr.pdf": dict(
        src=J("188"),
        redact=[],
        keep=[
            ("ORG", "Dienst Justitiële Inrichtingen", ["Dienst Justitiële Inrichtingen"]),
            ("ORG", "DJI", ["DJI"]),
            ("ORG", "Directie Beleid", ["Directie Beleid"]),
            ("ORG", "Ministerie van Justitie en Veiligheid", ["Ministerie van Justitie en Veiligheid"]),
            ("PHONE_SWITCHBOARD", "(+31) 088 0725 000 (general number in the contact block)", ["088 0725 000"]),
            ("ADDRESS_ORG", "Turfmarkt 147", ["Turfmarkt 147"]),
            ("ROLE", "Plaatsvervangend Hoofddirecteur", ["Plaatsvervangend Hoofddirecteur"]),
            ("REF", "3380501", ["3380501"]),
            ("TERM", "artsen", ["artsen"]),
        ],
    ),
    "dji_wob_toestemming_foto_facebook_2021_omnipage_ocr.pdf": dict(
        src=J("193"),
        redact=[],
        keep=[
            ("ORG", "Dienst Justitiële Inrichtingen", ["Dienst Justitiële Inrichtingen"]),
            ("ORG", "DJI", ["DJI"]),
            ("ORG", "Directie Beleid", ["Directie Beleid"]),
            ("PHONE_SWITCHBOARD", "(+31) 088 0725 000", ["088 0725 000"]),
            ("PERSON_PUBLIC", "Minister voor Rechtsbescherming (role)", ["Minister voor Rechtsbescherming"]),
            ("PRODUCT", "Facebook", ["Facebook"]),
            ("SOURCE", "Memorie van Toelichting", ["Memorie van Toelichting"]),
            ("REF", "3308199", ["3308199"]),
        ],
    ),
    "ams_wob_marineterrein_2018_omnipage_ocr.pdf": dict(
        src=J("122"),
        redact=[],
        keep=[
            ("ORG", "Marineterrein Amsterdam", ["Marineterrein Amsterdam"]),
            ("ADDRESS_ORG", "Weesperplein 8", ["Weesperplein 8"]),
            ("LAW", "Gemeentewet", ["Gemeentewet"]),
            ("TERM", "Overzichtslijst", ["Overzichtslijst"]),
            ("ORG", "College van burgemeester en wethouders", ["College van burgemeester en wethouders"]),
            ("REF", "2018-15906", [P("2018-15906", False)]),
            ("PHONE_SWITCHBOARD", "14 020", ["14 020"]),
            ("ORG", "Directie Juridische Zaken", ["Directie Juridische Zaken"]),
            ("TERM", "geheimhouding", ["geheimhouding"]),
        ],
    ),
    "ams_wob_noodbevelen_willem2_2019_eqscan_ocr.pdf": dict(
        src=J("135"),
        redact=[],
        keep=[
            ("ORG", "Stichting KingZine (requester, an organisation)", ["Stichting KingZine"]),
            ("EMAIL_FUNCTIONAL", "info@tilbo.com", [P("info@tilbo.com", False)]),
            ("ADDRESS_ORG", "Postbus 4268", ["Postbus 4268"]),
            ("PLACE", "Tilburg", ["Tilburg"]),
            ("ORG", "Ajax", ["Ajax"]),
            ("ORG", "Willem II (OCR text 'Willem Il')", ["Willem Il"]),
            ("ORG", "Directie Openbare Orde en Veiligheid", ["Directie Openbare Orde en Veiligheid"]),
            ("ADDRESS_ORG", "Amstel 1", ["Amstel 1"]),
            ("TERM", "noodbevel", ["noodbevel"]),
            ("TERM", "eredivisiewedstrijd", ["eredivisiewedstrijd"]),
            ("REF", "ZOOV18-1775-uit-19-603", [P("ZOOV18-1775-uit-19-603", False)]),
        ],
    ),
    "ams_wob_tvm_vinkenstraat_2018_word2010.pdf": dict(
        src=J("148"),
        redact=[],
        keep=[
            ("ADDRESS_ORG", "Weesperstraat 113", ["Weesperstraat 113"]),
            ("EMAIL_FUNCTIONAL", "dienstverlening@amsterdam.nl", [P("dienstverlening@amsterdam.nl", False)]),
            ("ROLE", "Directeur Dienstverlening", ["Directeur Dienstverlening"]),
            ("ADDRESS_OBJECT", "Haarlemmerplein 1", ["Haarlemmerplein 1"]),
            ("TERM", "TVM Object-Vergunning", ["TVM Object-Vergunning"]),
            ("ORG", "Rechtbank Amsterdam", ["Rechtbank Amsterdam"]),
            ("LAW", "Algemene wet bestuursrecht", ["Algemene wet bestuursrecht"]),
            ("REF", "2018/24", [P("2018/24", False)]),
            ("ADDRESS_ORG", "Postbus 75850", ["Postbus 75850"]),
        ],
    ),
    "ams_nw_wobvraag_bezwaar_mail_2020.pdf": dict(
        src=J("147"),
        redact=[],
        keep=[
            ("EMAIL_FUNCTIONAL", "Postbus SDNW (functional mailbox name)", ["Postbus SDNW"]),
            ("ORG", "Stadsdeel Nieuw West", ["Stadsdeel Nieuw West"]),
            ("ADDRESS_OBJECT", "Van Zutphenstraat", ["Van Zutphenstraat"]),
            ("REF", "ZD2019-012688", [P("ZD2019-012688", False)]),
            ("ORG", "bezwaarschriftencommissie", ["bezwaarschriftencommissie"]),
            ("ORG", "Directie Juridische zaken", ["Directie Juridische zaken"]),
        ],
    ),
    # ------------------------------------------------------------------ pure scans (no text layer): metadata only
    "ams_wob_particuliere_kades_2021_pdfcreator_scan.pdf": dict(
        src=J("028"),
        redact=[("PERSON_ACCOUNT", "luijte010 (Info Author and XMP dc:creator: a surname-based account name)", ["luijte010"])],
        keep=[],
    ),
    "ams_wob_reclame_lichtbak_pdfcreator_scan.pdf": dict(
        src=J("120"),
        redact=[("PERSON_ACCOUNT", "azouzi005 (Info Author and XMP dc:creator: a surname-based account name)", ["azouzi005"])],
        keep=[],
    ),
    "ams_west_wob_terras_bosco_2020_pdfcreator_scan.pdf": dict(
        src=J("154"),
        redact=[("PERSON_ACCOUNT", "Poll005 (Info Author and XMP dc:creator: a surname-based account name)", ["Poll005"])],
        keep=[],
    ),
    "ams_bw_besluitenlijst_2020_epsonscan.pdf": dict(
        src=J("172"),
        redact=[
            ("PERSON", "P.J. van Meijeren, uitvoerend secretaris (scan; OCR reads 'van Meijéren')",
             [P("van Meij", False, ocr=True)]),
            ("PERSON", "S.D. Schotte, adviseur communicatie (scan; OCR reads 'Sthötté')",
             [P("Sthött", False, ocr=True)]),
        ],
        keep=[],
    ),
    "ocw_inspectie_wob_svpo_utrecht_2021_imagepages.pdf": dict(
        src=J("198"),
        redact=[],
        keep=[
            ("ORG", "SvPO (School voor Persoonlijk Onderwijs)", ["SvPO"]),
            ("ORG", "Inspectie", ["Inspectie"]),
            ("ORG", "Onderwijsinspectie", ["Onderwijsinspectie"]),
            ("ORG", "Algemeen Dagblad", ["Algemeen Dagblad"]),
            ("GROUND", "Art. 10 lid 2 sub e", [P("Art. 10 lid 2 sub e", False)]),
            ("TERM", "Gedeeltelijk (openbaar)", ["Gedeeltelijk"]),
            ("TERM", "Reeds openbaar", ["Reeds openbaar"]),
            ("FILE", "Zorgprofiel.docx", [P("Zorgprofiel.docx", False)]),
            ("TERM", "Rapportage sociale veiligheid", ["Rapportage sociale veiligheid"]),
        ],
    ),
    "ams_oov_deelbesluit_wapencontroles_2021_ocr.pdf": dict(
        src=J("086"),
        redact=[],
        keep=[
            ("EMAIL_FUNCTIONAL", "woboov@amsterdam.nl", [P("woboov@amsterdam.nl", False)]),
            ("ROLE", "Wob-coordinator directie Openbare Orde en Veiligheid", ["Wob-coordinator directie Openbare Orde en Veiligheid"]),
            ("TERM", "preventief fouilleren", ["preventief fouilleren"]),
            ("TERM", "wapencontroles", ["wapencontroles"]),
            ("ORG", "Openbaar Ministerie", ["Openbaar Ministerie"]),
            ("ROLE", "hoofdcommissaris van politie", ["hoofdcommissaris van politie"]),
            ("ORG", "politievakbonden", ["politievakbonden"]),
            ("PERSON_PUBLIC", "Burgemeester van de gemeente Amsterdam (role)", ["Burgemeester van de gemeente Amsterdam"]),
            ("ORG", "Rechtbank Amsterdam", ["Rechtbank Amsterdam"]),
            ("REF", "UIT-OOV-21-03326", [P("UIT-OOV-21-03326", False)]),
            ("ADDRESS_ORG", "Amstel 1", ["Amstel 1"]),
        ],
    ),
    "ams_wob_jaap_eden_ijsbaan_2018_eqscan.pdf": dict(
        src=J("041"),
        redact=[
            ("PERSON", "Marcel van Looij (civil servant in the 'Behandeld door' header; scan, OCR only)",
             [P("van Looij", False, ocr=True)]),
            ("PHONE", "06 2005 8426 (his mobile number, same header)", [P("06 2005 8426", True, ocr=True)]),
            ("EMAIL", "m.van.looij@amsterdam.nl (same header)",
             [P("m.van.looij@amsterdam.nl", False, ocr=True), P("looij", False, ocr=True)]),
        ],
        keep=[],
    ),
    "ams_nw_wob_slotermeer_2018_scan.pdf": dict(
        src=J("169"),
        redact=[
            ("PERSON", "Lotte Grooten (civil servant in the 'Behandeld door' header; scan, OCR only)",
             [P("Lotte Grooten", True, ocr=True), P("Grooten", True, ocr=True)]),
            ("EMAIL", "Lotte.Grooten@amsterdam.nl (same header)", [P("Lotte.Grooten@amsterdam.nl", False, ocr=True)]),
        ],
        keep=[],
    ),
}


# one line per file for manifest.csv (what it is and where its personal data sits)
NOTES = {
    "ams_nw_wob_slotermeer_2018_scan.pdf":
        "Amsterdam Nieuw-West Wob decision on the draft zoning plan Slotermeer 2018 (Feb 2018): image-only scan "
        "without producer. The 'Behandeld door' header names the handling civil servant with her e-mail address: "
        "redact, OCR-only probes. The district portfolio holder ('de heer Bobeldijk') and the team leader signing "
        "in mandate stay (not countable, no text layer).",
    "ams_wob_jaap_eden_ijsbaan_2018_eqscan.pdf":
        "Amsterdam Wob decision on the future of the Jaap Eden IJsbaan (Sept 2018): image-only scan (EQScan, "
        "no text layer although the Creator is OmniPage). The 'Behandeld door' header still shows the handling "
        "civil servant with his mobile number and e-mail address: redact, OCR-only probes. The team leader "
        "signing in mandate stays (not countable, no text layer).",
    "ams_oov_deelbesluit_wapencontroles_2021_ocr.pdf":
        "Amsterdam OOV partial Wob decision on preventive searches / weapon checks (Dec 2021), OCR'd scan (no "
        "Producer), requester and signatory already removed; states that names of officials with mandates were "
        "left readable. Control document (keep only).",
    "ocw_inspectie_wob_svpo_utrecht_2021_imagepages.pdf":
        "Inspectie van het Onderwijs: revised Wob decision on the quality inquiry at SvPO Utrecht (Jan 2021): pages "
        "1-10 are page images only (letter already redacted with '10.2.e' labels; signed by the Inspecteur-generaal "
        "in role), pages 11-18 a text inventory (Verdana). Control document (keep only, from the inventory).",
    "nvwa_wob_chemische_stoffen_2021_pdfmaker20.pdf":
        "NVWA (LNV) Wob decision 20-0972/0973 on chemicals used for self-chosen end of life, June 2021, Word via "
        "PDFMaker 20. Text already redacted. Info Author 'Formoly, T. (Tahnina)' and a Word-template custom Info key "
        "/EMAILADRES with a civil servant's address (m.t.p.e.jeurissen@minlnv.nl; same person as the Author of "
        "nvwa_overwegingen_zienswijzen): redact (metadata only). Functional mailbox nvwabezwaarenberoep@nvwa.nl stays.",
    "nvwa_overwegingen_zienswijzen_2021_pdfmaker20.pdf":
        "NVWA annex 'Overwegingen bij zienswijzen' to Wob decision 20-0553 (pig farms), 2 pages. Info Author "
        "'Jeurissen, M.T.P.E. (Ria)': redact (metadata only).",
    "fin_wob_belastingverdrag_duitsland_2021_acrobatdc.pdf":
        "Financiën Wob decision on the NL-DE tax treaty (2021), Acrobat Pro DC, pages 6-9 scanned inventory/annex "
        "images. Info Author 'Drenthe, K (Karin) (DJZ/SECR)': redact. Signatory 'mr. drs. M.A.A. di Bucchianico' "
        "(signs in mandate, printed name): keep.",
    "fin_wob_overgangsregeling_afvalstoffenbelasting_2021_acrobatdc.pdf":
        "Financiën Wob decision on the transition rules for the abolished waste tax, decision + inventory + 16 pages "
        "of scanned e-mails (images, already redacted '10.2.e'). Info Author 'Lammers, A (Andrea) (DJZ/WOB)': redact.",
    "szw_inventaris_tata_steel_2021_pdfmaker21.pdf":
        "SZW/Arbeidsinspectie inventory of the first partial decision on the Tata Steel company file (140 rows, "
        "names already replaced by '[persoonsnaam]'). Info Author 'Ramratan, P.E.': redact.",
    "fin_wob_ihc_merwede_2021_pdfmaker20.pdf":
        "Financiën Wob decision on state support for IHC Merwede (2021). Text redacted, but the Word template's "
        "custom Info key /Aan keeps the addressee block: the requester 'de heer J. Leijten' (NRC) and his e-mail "
        "j.leijten@nrc.nl; Info Author 'Acer, N (Nilgün)': all redact (metadata only).",
    "lnv_rvo_crv_fokprogramma_mails_webcapture.pdf":
        "LNV/RVO Wob documents on CRV's breeding programmes: e-mails captured with Acrobat Web Capture 15 (9 image "
        "pages + text pages), already redacted '10.2.e'. A mailto: link annotation on a redacted address still "
        "carries laurent.journaux@france-genetique-elevage.fr (person at a French breeding organisation): redact "
        "(annotation/raw channels only). Functional mailbox fokkerij@rvo.nl, RVO/CRV/ICAR, office addresses stay.",
    "ams_noord_vliegenbos_wobverzoek_mails.pdf":
        "Amsterdam-Noord: e-mails and letter of a foundation's Wob request (fietsverbinding Vliegenbos), partly "
        "images. All personal data already removed: control document (keep only).",
    "ams_noord_wob_clazina_maria_2019_scan_ocr.pdf":
        "Amsterdam-Noord Wob decision (ship Clazina Maria), scan with a partial text layer; names already blanked. "
        "Control document (keep only).",
    "fin_bob_koerslijsten_gebruikte_autos_2021_scan_ocr.pdf":
        "Belastingdienst decision on objection + minutes of 'Platform Koerslijsten' (BPM, used cars), OmniPage OCR "
        "layer over scans. The quoted Wob request names 'Xray (Tom Corduwener)', a company employee: redact (text "
        "layer and pixels). Staatssecretaris Snel in role, the companies, and 'John F. Kennedylaan 8' stay.",
    "vws_woo_toegankelijkheid_beheer_2025_firefox_cairo.pdf":
        "WCAG 2.2 audit report of the Woo admin site for VWS by Cardan (Firefox print to PDF, cairo). Researcher "
        "'Leonie Smits' on the title page: redact. Company switchboard, contact@ mailbox, 'Burgemeester Brokxlaan 32' "
        "(in 34 page footers) stay. Sister of an audit report used in eval/real (same template and auditor), a "
        "different document (never used).",
    "az_bob_klm_steunmaatregelen_2021_xerox_ocr.pdf":
        "AZ decision on objection (Wob KLM support package), Xerox scan with OCR; names already removed. Control.",
    "bzk_wob_patrimonium_woonservice_2021_scandall_ocr.pdf":
        "BZK Wob decision (Autoriteit Woningcorporaties, Patrimonium Woonservice), ScandAll PRO scan with OCR layer "
        "('Patrimonlum'); signed by the secretary-general. Control.",
    "dji_wob_inhuur_artsen_2021_omnipage_ocr.pdf":
        "DJI Wob decision on hiring doctors (PI Haaglanden), OmniPage OCR scan; signed in mandate. Control.",
    "dji_wob_toestemming_foto_facebook_2021_omnipage_ocr.pdf":
        "DJI Wob decision on permission for photos of prisoners on Facebook, OmniPage OCR scan. Control.",
    "ams_wob_marineterrein_2018_omnipage_ocr.pdf":
        "Amsterdam Wob decision on the Marineterrein (2018), OmniPage OCR text layer. Control.",
    "ams_wob_noodbevelen_willem2_2019_eqscan_ocr.pdf":
        "Amsterdam OOV Wob decision on emergency orders against Willem II supporters (requester is a foundation), "
        "EQScan/OmniPage. Control.",
    "ams_wob_tvm_vinkenstraat_2018_word2010.pdf":
        "Amsterdam Wob decision (TVM object permit), Word 2010, Info Author 'Gemeente Amsterdam'. Control.",
    "ams_nw_wobvraag_bezwaar_mail_2020.pdf":
        "Amsterdam Nieuw-West: a citizen's Wob question by e-mail; sender already removed (only '@gmail.com' left). "
        "Control.",
    "ams_wob_particuliere_kades_2021_pdfcreator_scan.pdf":
        "Amsterdam Wob decision on privately owned quays (2021): image-only PDF (PDFCreator). Info Author "
        "'luijte010' (account name): redact, metadata only. No keep probes (no text layer).",
    "ams_wob_reclame_lichtbak_pdfcreator_scan.pdf":
        "Amsterdam Wob decision on enforcement against an illuminated sign: image-only PDF (PDFCreator). Info Author "
        "'azouzi005': redact, metadata only.",
    "ams_west_wob_terras_bosco_2020_pdfcreator_scan.pdf":
        "Amsterdam-West Wob decision part 1 (terrace Bosco & Patis, 2020): image-only PDF (PDFCreator). Info "
        "Author 'Poll005': redact, metadata only.",
    "ams_bw_besluitenlijst_2020_epsonscan.pdf":
        "Amsterdam B&W decision list (concept, 14 July 2020), Epson Scan 2, no text layer: attendees include two "
        "civil servants ('adviseur communicatie', 'uitvoerend secretaris'): redact, OCR-only probes as tesseract "
        "reads them. Mayor, aldermen and municipal secretary stay (not countable: no text layer).",
}
