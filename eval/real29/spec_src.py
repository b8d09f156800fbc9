"""Hand-written gold specification for eval/real29 (read from the PDFs' text, OCR of scans, metadata
and annotations).

Per document: redact items (kind, value, [probes]) and keep items (kind, value, [probes]).
A probe is a string (word-anchored) or a (string, word) pair. make_gold.py turns this into
gold/*.json: redact probes get after=0, keep probes get after = their count in the PDFium text of
the original.

Rules (see README.md): civil servants and private persons are redacted; office holders in their public
role (burgemeester, wethouders, raadsleden, stadsdeel portefeuillehouder), the gemeentesecretaris and
the raadsgriffier of Den Haag (who sign council decisions and college letters by virtue of their office),
and directors-general / (deputy) secretaries-general who sign a Woo/Wob decision "namens de minister"
stay. Civil servants below that level who sign a decision (directeur, stadsdeeldirecteur, teammanager,
divisiehoofd, coordinator, manager) are redacted.
"""

_DH_MERX = ("OFFICE_HOLDER", "Ilma Merx, gemeentesecretaris Den Haag (signs college letters)", ["Ilma Merx"])
_DH_ZANEN = ("OFFICE_HOLDER", "Jan van Zanen, burgemeester Den Haag", ["Jan van Zanen"])
_ZIJDERVELD = ("PERSON", "Rick Zijderveld (Info /Author and XMP dc:creator)", ["Zijderveld"])

SPEC = {
    # ------------------------------------------------------------------ Amsterdam Wob decisions
    "ams_wob_distelweg_parkeergarage_2021.pdf": {
        "redact": [
            ("PERSON", "C.T.M. Schippers, Directeur Grond en Ontwikkeling (signs namens B&W)", ["Schippers"]),
        ],
        "keep": [
            ("ORG", "parkeergarage Koopman (company name in the request)", ["Koopman"]),
            ("PLACE", "Distelweg", ["Distelweg"]),
            ("ORG", "directie Grond en Ontwikkeling", ["Grond en Ontwikkeling"]),
            ("ORG", "Directie Juridische Zaken", ["Directie Juridische Zaken"]),
            ("PLACE", "Weesperplein 8 (office address)", ["Weesperplein 8"]),
        ],
    },
    "ams_wob_enquete_osdorpplein_2020.pdf": {
        "redact": [
            ("PERSON", "C.T.M. Schippers, Directeur Grond en Ontwikkeling (signs namens B&W)", ["Schippers"]),
        ],
        "keep": [
            ("PLACE", "Osdorpplein", ["Osdorpplein"]),
            ("PLACE", "Meervaart (theatre)", ["Meervaart"]),
            ("ORG", "Stadsdeelbestuur Nieuw West", ["Stadsdeelbestuur Nieuw West"]),
            ("ORG", "Rechtbank Amsterdam", ["Rechtbank Amsterdam"]),
            ("OTHER", "file number NW20-11766-UIT-20-20193", ["NW20-11766-UIT-20-20193"]),
        ],
    },
    "ams_wob_terras_bosco_deelbesluit2_distiller.pdf": {
        "redact": [
            ("PERSON", "E.M. Overzier, Stadsdeeldirecteur West (signs namens B&W on the scanned page 4; OCR only)",
             ["Overzier"]),
        ],
        "keep": [
            ("ORG", "café Bosco", ["Bosco"]),
            ("ORG", "Pastis (restaurant)", ["Pastis"]),
            ("ORG", "Bewonerscommissie BPT", ["Bewonerscommissie BPT"]),
            ("PLACE", "1e Constantijn Huijgensstraat (street named after a person)", ["Constantijn Huijgensstraat"]),
            ("PLACE", "Bosboom Toussaintplein (square named after a person)", ["Bosboom Toussaintplein"]),
            ("ORG", "Vergunningen Horeca (department in the inventory)", ["Vergunningen Horeca"]),
            ("OTHER", "job title Gebiedsmakelaar", ["Gebiedsmakelaar"]),
        ],
    },
    "ams_wob_fietsverbinding_vliegenbos_herzien.pdf": {
        "redact": [
            ("PERSON", "R. van der Velden, Stadsdeeldirecteur Noord (signs i/o namens B&W)", ["van der Velden"]),
        ],
        "keep": [
            ("OFFICE_HOLDER", "portefeuillehouder Saskia Groenewoud (stadsdeel Noord)", ["Saskia Groenewoud"]),
            ("ORG", "Stichting W.H. Vliegenbos (the requester, a foundation)", ["Stichting W.H. Vliegenbos"]),
            ("PLACE", "Vliegenbos (park named after a person)", ["Vliegenbos"]),
            ("EMAIL_FUNCTIONAL", "wob.coördinatie.sdn@amsterdam.nl", ["wob.coördinatie.sdn@amsterdam.nl"]),
            ("PLACE", "Nieuwendam Zuid II (zoning plan)", ["Nieuwendam Zuid"]),
            ("ORG", "Juridisch Bureau", ["Juridisch Bureau"]),
        ],
    },
    "ams_wob_ijplein_adm_terrein_2020.pdf": {
        "redact": [
            ("PERSON", "R. van der Velden, secretaris Bestuurscommissie Noord (signs b/a)", ["van der Velden"]),
        ],
        "keep": [
            ("ORG", "Stadsarchief Amsterdam", ["Stadsarchief Amsterdam"]),
            ("EMAIL_FUNCTIONAL", "stadsarchief@amsterdam.nl", ["stadsarchief@amsterdam.nl"]),
            ("ORG", "Historisch Centrum Amsterdam Noord", ["Historisch Centrum Amsterdam Noord"]),
            ("ORG", "Amsterdamsche Droogdok Maatschappij (ADM)", ["Amsterdamsche Droogdok Maatschappij"]),
            ("ORG", "NDSM", ["NDSM"]),
            ("PLACE", "Tuindorp Buiksloot", ["Tuindorp Buiksloot"]),
            ("ORG", "Projectbureau Noordwaarts", ["Projectbureau Noordwaarts"]),
        ],
    },
    "ams_wob_woonboot_amstelkwartier_omnipage.pdf": {
        "redact": [],
        "keep": [
            ("PLACE", "Joan Muyskenweg (street named after a person; OCR layer)", ["Muyskenweg"]),
            ("PLACE", "Amstelkwartier", ["Amstelkwartier"]),
            ("PLACE", "Duivendrechtsevaart", ["Duivendrechtsevaart"]),
            ("PLACE", "Amstelstroomlaan", ["Amstelstroomlaan"]),
            ("OTHER", "bestemmingsplan Amstelkwartier 2e fase Weststrook Zuid", ["Weststrook Zuid"]),
        ],
    },
    "ams_wob_niet_gereden_ritten_epsonscan.pdf": {
        "redact": [
            ("PERSON", "Annemarie Stokman, Manager Zorg (signs namens B&W; image only)", ["Stokman"]),
        ],
        "keep": [],
    },
    # ------------------------------------------------------------------ ministries (WooIR)
    "ienw_wob_toolkit_houtrook_2021.pdf": {
        "redact": [],
        "keep": [
            ("OFFICE_HOLDER", "ir. R.P. Lapperre, Directeur-Generaal Milieu (signs namens de staatssecretaris)", ["Lapperre"]),
            ("ORG", "RIVM", ["RIVM"]),
            ("ORG", "Rijksinstituut voor Volksgezondheid en Milieu", ["Rijksinstituut voor Volksgezondheid en Milieu"]),
            ("OTHER", "Toolkit Houtrook en Gezondheid", ["Toolkit Houtrook"]),
            ("ORG", "Hoofddirectie Bestuurlijke en Juridische Zaken", ["Hoofddirectie Bestuurlijke en Juridische Zaken"]),
        ],
    },
    "ienw_wob_2021_25_brief_ovv.pdf": {
        "redact": [],
        "keep": [
            ("OFFICE_HOLDER", "Mevr. R.W.C. Clabbers, Directeur-Generaal Luchtvaart en Maritieme Zaken", ["Clabbers"]),
            ("ORG", "Onderzoeksraad voor Veiligheid", ["Onderzoeksraad voor Veiligheid"]),
            ("OTHER", "Rijkswet OVV", ["Rijkswet OVV"]),
            ("ORG", "Informatie Rijksoverheid", ["Informatie Rijksoverheid"]),
            ("OTHER", "kenmerk IENW/BSK-2021/212551", ["IENW/BSK-2021/212551"]),
            ("ORG", "Directie Luchtvaart", ["Directie Luchtvaart"]),
        ],
    },
    "rvo_wob_2021_039_mest.pdf": {
        "redact": [
            ("PERSON", "N.C. Kuipers, Teammanager Afdeling Vergunningen & Handhaving RVO", ["Kuipers"]),
        ],
        "keep": [
            ("ORG", "Rijksdienst voor Ondernemend Nederland", ["Rijksdienst voor Ondernemend Nederland"]),
            ("EMAIL_FUNCTIONAL", "KPEU_Wob@rvo.nl", ["KPEU_Wob@rvo.nl"]),
            ("PHONE_GENERAL", "088 042 42 42 (general number)", ["088 042 42 42"]),
            ("PLACE", "Mandemaat 3, Assen", ["Mandemaat"]),
            ("OTHER", "Meststoffenwet", ["Meststoffenwet"]),
            ("OTHER", "functional contact 'Wob medewerker'", ["Wob medewerker"]),
        ],
    },
    "nvwa_wob_20_0941_veehouderij_pdfmaker.pdf": {
        "redact": [
            ("PERSON", "mr. J.F.L. Roording, Divisiehoofd Juridische zaken NVWA", ["Roording"]),
            ("PERSON", "mr. A.A. ten Cate, teamleider team Openbaarmaking en privacy", ["ten Cate"]),
        ],
        "keep": [
            ("PLACE", "Catharijnesingel 59, Utrecht", ["Catharijnesingel"]),
            ("OTHER", "Wetboek van Strafvordering", ["Wetboek van Strafvordering"]),
            ("OTHER", "kenmerk TRCNVWA/2021/1833", ["TRCNVWA/2021/1833"]),
            ("ORG", "team Openbaarmaking en privacy", ["Openbaarmaking en privacy"]),
            ("OTHER", "job title Divisiehoofd Juridische zaken", ["Divisiehoofd Juridische zaken"]),
        ],
    },
    "vws_wob_medicatie_op_afstand_scanocr.pdf": {
        "redact": [],
        "keep": [
            ("ORG", "Stadsapotheek Venlo", ["Stadsapotheek Venlo"]),
            ("ORG", "Apotheek Bad Nieuweschans", ["Apotheek Bad Nieuweschans"]),
            ("ORG", "Inspectie Gezondheidszorg en Jeugd", ["Inspectie Gezondheidszorg en Jeugd"]),
            ("ORG", "Directie Wetgeving en Juridische Zaken", ["Directie Wetgeving en"]),
            ("OTHER", "kenmerk 1530350-190602-WJZ", ["1530350-190602-WJZ"]),
        ],
    },
    "lnv_wob_pulsvisserij_deelbesluit4.pdf": {
        "redact": [],
        "keep": [
            ("OFFICE_HOLDER", "E. Heijblom MSc, Plaatsvervangend Secretaris-Generaal LNV", ["Heijblom"]),
            ("ORG", "Europese Commissie", ["Europese Commissie"]),
            ("ORG", "Team Visserij", ["Team Visserij"]),
            ("OTHER", "kenmerk DGNVLG-V / 21155823", ["21155823"]),
            ("OTHER", "job title Plaatsvervangend Secretaris-Generaal", ["Plaatsvervangend Secretaris-Generaal"]),
        ],
    },
    "fin_bob_abdup_overleg_acrobat.pdf": {
        "redact": [
            ("PERSON", "Info /Author and XMP dc:creator 'Lammers, A (Andrea) (DJZ/WOB)'", ["Lammers"]),
        ],
        "keep": [
            ("ORG", "Shell", ["Shell"]),
            ("ORG", "Philips", ["Philips"]),
            ("ORG", "VNO NCW", ["VNO NCW"]),
            ("OTHER", "ABDUP-overleg", ["ABDUP-overleg"]),
            ("PLACE", "Korte Voorhout 7", ["Korte Voorhout"]),
            ("PLACE", "Philips International, Breitner Center (building named after a painter)", ["Breitner Center"]),
            ("PLACE", "Carel van Bylandtlaan (street named after a person; OCR reads 'Bylandtiaan')",
             [("Carel van Bylandt", False)]),
        ],
    },
    "bz_wob_medische_middelen_covid.pdf": {
        "redact": [
            ("PERSON", "H.D. Streef, Coördinator van het Wob-cluster (signs namens de minister)", ["H.D. Streef"]),
        ],
        "keep": [
            ("EMAIL_FUNCTIONAL", "WOB@minbuza.nl", ["WOB@minbuza.nl"]),
            ("ORG", "DJZ-NR/Wob-cluster", ["DJZ-NR/Wob-cluster"]),
            ("PLACE", "Rijnstraat 8", ["Rijnstraat 8"]),
            ("PLACE", "Rabat", ["Rabat"]),
            ("PLACE", "Seoul", ["Seoul"]),
            ("ORG", "ministerie van Buitenlandse Zaken", ["Buitenlandse Zaken"]),
        ],
    },
    # ------------------------------------------------------------------ Den Haag council documents
    "dh_besluitenlijst_raad_20250403.pdf": {
        "redact": [
            ("PERSON", "Carla van der Woude (Info /Author, griffie staff)", ["van der Woude"]),
        ],
        "keep": [
            ("OFFICE_HOLDER", "raadslid Klokkenburg-Reedeker (CU/SGP)", ["Klokkenburg-Reedeker"]),
            ("OFFICE_HOLDER", "raadslid Martinez van Andel (Hart voor Den Haag)", ["Martinez van Andel"]),
            ("OFFICE_HOLDER", "raadslid Van Basten Batenburg (VVD)", ["Van Basten Batenburg"]),
            ("OFFICE_HOLDER", "raadslid De Mos (Hart voor Den Haag)", ["De Mos"]),
            ("ORG", "Berenschot (report 'Met de blik van toen')", ["Berenschot"]),
            ("PLACE", "Theresiakerk", ["Theresiakerk"]),
            ("PLACE", "Oranjehotel", ["Oranjehotel"]),
            ("ORG", "GR MRDH", ["MRDH"]),
            ("ORG", "Stichting Eekta", ["Eekta"]),
        ],
    },
    "dh_odh_hogere_grenswaarden_escher_gardens.pdf": {
        "redact": [
            ("PERSON", "ing. L. Hopman, Hoofd Toetsing & Vergunningverlening Milieu ODH (signs namens B&W)", ["Hopman"]),
            ("PERSON", "Miranda Mol (Info /Author and XMP dc:creator)", ["Miranda Mol"]),
        ],
        "keep": [
            ("ORG", "Omgevingsdienst Haaglanden", ["Omgevingsdienst Haaglanden"]),
            ("EMAIL_FUNCTIONAL", "vergunningen@odh.nl", ["vergunningen@odh.nl"]),
            ("PLACE", "Escher Gardens (plan named after a person)", ["Escher Gardens"]),
            ("ORG", "ROC Mondriaan", ["ROC Mondriaan"]),
            ("PLACE", "Waldorpstraat", ["Waldorpstraat"]),
            ("ORG", "ProRail", ["ProRail"]),
            ("ORG", "KCAP (architects)", ["KCAP"]),
            ("ORG", "DGMR (acoustic consultants)", ["DGMR"]),
        ],
    },
    "dh_raadsvoorstel_bezwaar_businesscase_haga.pdf": {
        "redact": [
            ("PERSON", "M.E. Goldbach (private person, bezwaarmaker)", ["Goldbach"]),
            ("PERSON", "Willemijn Logtenberg (Info /Author and XMP dc:creator)", ["Logtenberg"]),
        ],
        "keep": [
            ("ORG", "Adviescommissie bezwaarschriften", ["Adviescommissie bezwaarschriften"]),
            ("OTHER", "registration number GRF339666", ["GRF339666"]),
            ("PLACE", "Haga-complex Sportlaan", ["Sportlaan"]),
            ("OTHER", "Wet open overheid", ["Wet open overheid"]),
        ],
    },
    "dh_raadsvoorstel_bezwaar_stationsweg.pdf": {
        "redact": [],
        "keep": [
            ("ORG", "Staedion (housing corporation, owner)", ["Staedion"]),
            ("ORG", "Kerk & Co (tenant)", ["Kerk & Co"]),
            ("PLACE", "Stationsweg", ["Stationsweg"]),
            ("OTHER", "bestemmingsplan Stationsbuurt", ["Stationsbuurt"]),
            ("ORG", "Rechtbank Midden-Nederland", ["Rechtbank Midden-Nederland"]),
        ],
    },
    "dh_afdoening_motie_rattenvanger.pdf": {
        "redact": [
            ("PERSON", "Max Schreuder, contact person Dienst Stadsbeheer", ["Max Schreuder", "Schreuder"]),
            ("EMAIL", "max.schreuder@denhaag.nl", ["max.schreuder@denhaag.nl"]),
            _ZIJDERVELD,
        ],
        "keep": [
            ("OFFICE_HOLDER", "raadslid mevrouw Faïd", ["Faïd"]),
            _DH_MERX,
            _DH_ZANEN,
            ("PLACE", "Mariahoeve", ["Mariahoeve"]),
            ("ORG", "Dienst Stadsbeheer", ["Dienst Stadsbeheer"]),
            ("PHONE_GENERAL", "14070 (general number)", ["14070"]),
        ],
    },
    "dh_afdoening_motie_taaltoets_ghostscript.pdf": {
        "redact": [
            ("PERSON", "Marlou Smulders, contact person Dienst OCW", ["Marlou Smulders"]),
        ],
        "keep": [
            ("OFFICE_HOLDER", "raadslid mevrouw Hofstra", ["Hofstra"]),
            _DH_MERX,
            ("OFFICE_HOLDER", "Robert van Asten, locoburgemeester", ["Robert van Asten"]),
            ("EMAIL_FUNCTIONAL", "onderwijsbeleid@denhaag.nl", ["onderwijsbeleid@denhaag.nl"]),
            ("ORG", "Panteia", ["Panteia"]),
            ("ORG", "ProBiblio", ["ProBiblio"]),
            ("ORG", "Koninklijke Bibliotheek", ["Koninklijke Bibliotheek"]),
        ],
    },
    "dh_afdoening_motie_taalachterstanden.pdf": {
        "redact": [
            ("PERSON", "André Vos, contact person Dienst OCW", ["André Vos"]),
            ("EMAIL", "andre.vos@denhaag.nl", ["andre.vos@denhaag.nl"]),
            _ZIJDERVELD,
        ],
        "keep": [
            ("OFFICE_HOLDER", "raadslid mevrouw Verdonk", ["Verdonk"]),
            _DH_MERX,
            _DH_ZANEN,
            ("OTHER", "Actieplan Taal", ["Actieplan Taal"]),
            ("ORG", "Dienst Onderwijs, Cultuur en Welzijn", ["Dienst Onderwijs, Cultuur en Welzijn"]),
        ],
    },
    "dh_afdoening_motie_kade_veilig_ghostscript.pdf": {
        "redact": [
            ("PERSON", "Laura van der Velde ten Hove, contact person Dienst Stedelijke Ontwikkeling",
             ["van der Velde ten Hove"]),
            ("EMAIL", "laura.tenhove@denhaag.nl (local part differs from the full name)", ["laura.tenhove@denhaag.nl"]),
        ],
        "keep": [
            ("OFFICE_HOLDER", "raadslid mevrouw Arp", ["Arp"]),
            _DH_MERX,
            _DH_ZANEN,
            ("PLACE", "Pletterijkade", ["Pletterijkade"]),
            ("ORG", "stichting Voorall", ["Voorall"]),
            ("ORG", "rondvaartorganisatie De Willemsvaart", ["De Willemsvaart"]),
            ("ORG", "Dienst Stedelijke Ontwikkeling", ["Dienst Stedelijke Ontwikkeling"]),
        ],
    },
    "dh_afdoening_motie_hobbemaplein.pdf": {
        "redact": [
            ("PERSON", "Anne Ubbels, contact person Dienst Stedelijke Ontwikkeling", ["Anne Ubbels"]),
        ],
        "keep": [
            ("OFFICE_HOLDER", "raadslid mevrouw Van Basten Batenburg", ["Van Basten Batenburg"]),
            _DH_MERX,
            _DH_ZANEN,
            ("PLACE", "Hobbemaplein (square named after a painter)", ["Hobbemaplein"]),
            ("PLACE", "Schilderswijk", ["Schilderswijk"]),
            ("PLACE", "Transvaal", ["Transvaal"]),
            ("ORG", "HTM", ["HTM"]),
            ("PLACE", "Haagse Markt", ["Haagse Markt"]),
        ],
    },
    "dh_afdoening_motie_welzijn_ghostscript.pdf": {
        "redact": [
            ("PERSON", "Martijn Aarnouts, contact person Dienst Publiekszaken", ["Martijn Aarnouts"]),
            ("EMAIL", "martijn.aarnouts@denhaag.nl", ["martijn.aarnouts@denhaag.nl"]),
        ],
        "keep": [
            ("OFFICE_HOLDER", "raadslid de heer Assad", ["Assad"]),
            _DH_MERX,
            _DH_ZANEN,
            ("ORG", "Dienst Publiekszaken", ["Dienst Publiekszaken"]),
            ("ORG", "Rekenkamer", ["Rekenkamer"]),
            ("OTHER", "subsidieregeling Professioneel Welzijn", ["Professioneel Welzijn"]),
        ],
    },
    "dh_afdoening_motie_drugsverbod_haga_ghostscript.pdf": {
        "redact": [
            ("PERSON", "Michiel Ensink, contact person Opgaveteam Nieuwkomers", ["Michiel Ensink"]),
        ],
        "keep": [
            ("OFFICE_HOLDER", "raadslid de heer Partiman", ["Partiman"]),
            _DH_MERX,
            _DH_ZANEN,
            ("EMAIL_FUNCTIONAL", "nieuwkomers@denhaag.nl", ["nieuwkomers@denhaag.nl"]),
            ("ORG", "Brijder (addiction care)", ["Brijder"]),
            ("ORG", "Leger des Heils", ["leger des Heils"]),
            ("ORG", "Opgaveteam Nieuwkomers", ["Opgaveteam Nieuwkomers"]),
            ("PLACE", "Sportlaan 600", ["Sportlaan 600"]),
        ],
    },
    "dh_motie_standbeeld_paul_van_vliet.pdf": {
        "redact": [
            ("PERSON", "Aroen Ramgolam (Info /Author; not a council member)", ["Ramgolam"]),
            ("EMAIL", "juliette.bakker@denhaag.nl inside the Outlook safelinks URI of a link annotation",
             [("juliette.bakker", False)]),
        ],
        "keep": [
            ("PUBLIC_FIGURE", "Paul van Vliet (cabaret artist, subject of the statue)", ["Paul van Vliet"]),
            ("OFFICE_HOLDER", "raadslid Rachid Guernaoui", ["Rachid Guernaoui"]),
            ("OFFICE_HOLDER", "raadslid Richard de Mos", ["Richard de Mos"]),
            ("ORG", "stichting 'Een beeld voor Paul'", ["Een beeld voor Paul"]),
            ("PLACE", "Buurtschap 2005", ["Buurtschap 2005"]),
        ],
    },
    "dh_motie_wantrouwen_wethouder_ojs.pdf": {
        "redact": [
            ("PERSON", "Tim de Boer (Info /Author; not a council member)", ["Tim de Boer"]),
        ],
        "keep": [
            ("OFFICE_HOLDER", "raadslid Fatima Faïd", ["Fatima Faïd"]),
            ("ORG", "Haagse Stadspartij", ["Haagse Stadspartij"]),
            ("ORG", "Jeugdombudsman Den Haag", ["Jeugdombudsman"]),
            ("OTHER", "Jeugdwet", ["Jeugdwet"]),
        ],
    },
}
