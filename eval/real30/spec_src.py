"""Hand-written gold specification for eval/real30 (read from the PDFs' text, rendered pages, OCR of
image pages, metadata and annotations).

Per document: redact items (kind, value, [probes]) and keep items (kind, value, [probes]).
A probe is a string (word-anchored) or a (string, word) pair. make_gold.py turns this into
gold/*.json: redact probes get after=0, keep probes get after = their count in the PDFium text of
the original (keep probes with count 0 are dropped with a warning).

Rules (see README.md): civil servants and private persons are redacted (also contact persons in the
side column of a college letter, the Info/XMP author, insprekers in council minutes, a teammanager or
director who signs "namens"); office holders in their public role (burgemeester, locoburgemeester,
wethouders, raadsleden, fractievertegenwoordigers) and the officials who sign by virtue of their
office (gemeentesecretaris / locosecretaris, raadsgriffier) stay, as do organisations, places,
streets named after people, programmes, laws, functional mailboxes and general numbers.
"""

_MERX = ("OFFICE_HOLDER", "Ilma Merx, gemeentesecretaris Den Haag (co-signs college letters)", ["Ilma Merx"])
_ZANEN = ("OFFICE_HOLDER", "Jan van Zanen, burgemeester Den Haag", ["Jan van Zanen"])
_ASTEN = ("OFFICE_HOLDER", "Robert van Asten, locoburgemeester Den Haag", ["Robert van Asten"])
_DH = ("ORG", "Gemeente Den Haag", ["Gemeente Den Haag"])
_T14070 = ("OTHER", "general number 14070", ["14070"])
_SPUI = ("PLACE", "Spui 70 (town hall address)", ["Spui 70"])
_AMS14020 = ("OTHER", "general number 14 020", ["14 020"])

SPEC = {
    # ------------------------------------------------------------------ ministries and agencies (Wob)
    "wob_besluit_2021_26.pdf": {
        "redact": [],
        "keep": [
            ("OTHER", "functional mailbox wob-loket@minienw.nl", [("loket@minienw.nl", False)]),
            ("LAW", "Regeling gehandicaptenparkeerkaart", ["Regeling gehandicaptenparkeerkaart"]),
            ("ORG", "Hoofddirectie Bestuurlijke en Juridische Zaken", ["Hoofddirectie Bestuurlijke en Juridische"]),
            ("OTHER", "case number IenW/BSK-2021/207134", [("2021/207134", False)]),
            ("ORG", "GGD", ["GGD"]),
        ],
    },
    "wob_besluit_2021_222.pdf": {
        "redact": [
            ("PERSON", "Nynke Kuipers, Teammanager Vergunningen en Handhaving RVO (signs namens de minister)",
             ["Nynke Kuipers"]),
        ],
        "keep": [
            ("OTHER", "functional mailbox KPEU_Wob@rvo.nl", [("KPEU_Wob@rvo.nl", False)]),
            ("ORG", "Rijksdienst voor Ondernemend Nederland", ["Rijksdienst voor Ondernemend Nederland"]),
            ("ORG", "afdeling Vergunningen en Handhaving", ["Vergunningen en Handhaving"]),
            ("OTHER", "reference WOB/2021/222", [("WOB/2021/222", False)]),
            ("OTHER", "general number 088 042 42 42", ["088 042 42 42"]),
            ("ORG", "ministry title (Landbouw, Natuur en Voedselkwaliteit)", ["Landbouw, Natuur en Voedselkwaliteit"]),
        ],
    },
    "lnv_wob_mest_alte_picardiekanaal.pdf": {
        "redact": [
            ("PERSON", "Nynke Kuipers, RVO teammanager (signature page 5 is an image; OCR only)", ["Kuipers"]),
        ],
        "keep": [
            ("ORG", "Rijksdienst voor Ondernemend Nederland", ["Rijksdienst voor Ondernemend Nederland"]),
            ("OTHER", "reference WOB/2021/204", [("WOB/2021/204", False)]),
            ("LAW", "Wob", ["Wob"]),
            ("ORG", "Vergunningen en Handhaving", ["Vergunningen en Handhaving"]),
        ],
    },
    "bob_wob_crkbo_2021.pdf": {
        "redact": [],
        "keep": [
            ("ORG", "Belastingdienst", ["Belastingdienst"]),
            ("ORG", "Stichting Centraal Register Kort Beroepsonderwijs", ["Centraal Register Kort Beroepsonderwijs"]),
            ("ORG", "CRKBO", ["CRKBO"]),
            ("PLACE", "Stationsstraat 5 Almelo (office address)", ["Stationsstraat 5"]),
            ("LAW", "Algemene wet inzake rijksbelastingen", ["Algemene wet inzake rijksbelastingen"]),
            ("ORG", "FNV", ["FNV"]),
            ("ORG", "Team Formeel recht", ["Formeel recht"]),
        ],
    },
    "wob_cursussen_diversiteit_scanning.pdf": {
        "redact": [],
        "keep": [
            ("ORG", "Ministerie van Volksgezondheid, Welzijn en Sport", ["Volksgezondheid, Welzijn en Sport"]),
            ("ORG", "Leeuwendaal (training provider)", ["Leeuwendaal"]),
            ("ORG", "Young Global People", ["Young Global People"]),
            ("ORG", "Uitvoeringsorganisatie Bedrijfsvoering Rijk", ["Uitvoeringsorganisatie Bedrijfsvoering Rijk"]),
            ("OTHER", "functional mailbox WJZ.bezwaarenberoep@minvws.nl", [("WJZ.bezwaarenberoep@minvws.nl", False)]),
            ("ORG", "BZK", ["BZK"]),
            ("OTHER", "programme rijkstraineeprogramma", ["rijkstraineeprogramma"]),
            ("OTHER", "general number of the ministry (T 070 340 79 11)", ["070 340 79 11"]),
            ("PLACE", "Parnassusplein 5 (office address)", ["Parnassusplein 5"]),
            ("ORG", "College voor de Rechten van de Mens (training provider)", ["College Rechten van de"]),
        ],
    },
    # ------------------------------------------------------------------ Gemeente Amsterdam
    "ams_wob_netwerkschade_kpn_word2010.pdf": {
        "redact": [],
        "keep": [
            ("ORG", "inTrust Nederland (requester, a company)", ["inTrust Nederland"]),
            ("PLACE", "Hoogoorddreef", ["Hoogoorddreef"]),
            ("PLACE", "Weesperstraat 113 (office address)", ["Weesperstraat 113"]),
            _AMS14020,
            ("ORG", "Rechtbank Amsterdam", ["Rechtbank"]),
            ("OTHER", "job title Directeur Dienstverlening (signer's name not printed)", ["Directeur Dienstverlening"]),
        ],
    },
    "ams_wob_draaiorgels_omnipage.pdf": {
        "redact": [],
        "keep": [
            ("OTHER", "functional mailbox dienstverlening@amsterdam (OCR spells .n1)", [("dienstverlening@amsterdam", False)]),
            ("PLACE", "Weesperstraat 113 (office address)", ["Weesperstraat 113"]),
            _AMS14020,
            ("OTHER", "job title Directeur Dienstverlening", ["Directeur Dienstverlening"]),
            ("OTHER", "subject draaiorgels", ["draaiorgels"]),
        ],
    },
    "ams_woningdelen_mail_wethouder_18_11.pdf": {
        "redact": [
            ("PERSON", "Max van Engen, Directeur Wonen Gemeente Amsterdam (sender, in CC; image only, OCR)",
             ["Engen", ("M.van.Engen@amsterdam.nl", False)]),
        ],
        # image-only scan: no PDFium text, so no keep probes can be counted (wethouder Laurens Ivens
        # would stay as an office holder).
        "keep": [],
    },
    # ------------------------------------------------------------------ Den Haag council
    "dh_notulen_raad_20250123.pdf": {
        "redact": [
            ("PERSON", "R. Meijer (Info /Author and XMP dc:creator, griffie staff)", ["Meijer"]),
            ("PERSON", "inspreker de heer Schram", ["Schram"]),
            ("HEALTH", "inspreker's own health statement (diabetes)", [("ik heb diabetes", False)]),
            ("PERSON", "P. Drijver, private person named by an inspreker", ["Drijver"]),
            ("PERSON", "inspreker de heer Boenders", ["Boenders"]),
            ("PERSON", "inspreker de heer Crefcoeur", ["Crefcoeur"]),
            ("PERSON", "inspreker de heer Sanders", ["Sanders"]),
            ("PERSON", "inspreker Saman Mohammadi (owner/developer of the Pier, speaks as a private person)",
             ["Mohammadi", "Saman"]),
            ("PERSON", "inspreker Rob Geurst", ["Geurst"]),
        ],
        "keep": [
            ("OFFICE_HOLDER", "burgemeester mr. J.H.C. van Zanen (voorzitter)", ["J.H.C. van Zanen"]),
            ("OFFICE_HOLDER", "griffier drs. C.G.C.M. Blankwaard-Rombouts", ["Blankwaard-Rombouts"]),
            ("OFFICE_HOLDER", "raadslid Isabel Bos", ["Isabel Bos"]),
            ("OFFICE_HOLDER", "raadslid Samir Ahraui", ["Samir Ahraui"]),
            ("OFFICE_HOLDER", "raadslid Rutger de Ridder", ["Rutger de Ridder"]),
            ("OFFICE_HOLDER", "raadslid Arjen Dubbelaar", ["Arjen Dubbelaar"]),
            ("OFFICE_HOLDER", "raadslid Hera Butt", ["Hera Butt"]),
            ("OFFICE_HOLDER", "raadslid Ralf Sluijs", ["Ralf Sluijs"]),
            ("OFFICE_HOLDER", "raadslid Hinke de Groot", ["Hinke de Groot"]),
            ("OFFICE_HOLDER", "raadslid Fatima Faïd", ["Fatima Faïd"]),
            ("OFFICE_HOLDER", "raadslid Rita Verdonk", ["Rita Verdonk"]),
            ("OFFICE_HOLDER", "raadslid Carlos Martinez van Andel", ["Martinez van Andel"]),
            ("OFFICE_HOLDER", "raadslid Lotte van Basten Batenburg", ["Lotte van Basten Batenburg"]),
            ("OFFICE_HOLDER", "raadslid Judith Klokkenburg", ["Klokkenburg"]),
            ("OFFICE_HOLDER", "fractievertegenwoordiger Johan Hofland (sworn in at this meeting)", ["Hofland"]),
            ("OFFICE_HOLDER", "PVV fractievertegenwoordiger Faddegon ('collega Faddegon', spoke in the committee)", ["Faddegon"]),
            ("OFFICE_HOLDER", "wethouder Kapteijns", ["Wethouder Kapteijns"]),
            ("OFFICE_HOLDER", "wethouder Bruines", ["Wethouder Bruines"]),
            ("OFFICE_HOLDER", "wethouder Van Asten", ["Wethouder Van Asten"]),
            ("OFFICE_HOLDER", "wethouder Bredemeijer", ["Wethouder Bredemeijer"]),
            ("PLACE", "Anthony Fokkersingel (street named after a person)", ["Anthony Fokkersingel"]),
            ("PLACE", "Piet Heinplein (square named after a person)", ["Piet Heinplein"]),
            ("PLACE", "Van Pomerenvaart", ["Van Pomerenvaart"]),
            ("PLACE", "Pletterijkade", ["Pletterijkade"]),
            ("PLACE", "Badhuisweg", ["Badhuisweg"]),
            ("PLACE", "Kurhaus", ["Kurhaus"]),
            ("ORG", "RE:BORN (developer of the Pier)", [("RE:BORN", False)]),
            ("ORG", "Stichting Baron Hop", ["Stichting Baron Hop"]),
            ("ORG", "Bureau Berenschot", ["Bureau Berenschot"]),
            ("ORG", "GR GGD-VT Haaglanden", ["GGD-VT Haaglanden"]),
            ("ORG", "Dienst Monumentenzorg", ["Dienst Monumentenzorg"]),
            ("OTHER", "historic figure Cicero (quoted)", ["Cicero"]),
            ("PLACE", "Madurodam", ["Madurodam"]),
        ],
    },
    "dh_besluitenlijst_raad_20250508.pdf": {
        "redact": [
            ("PERSON", "Carla van der Woude (Info /Author, griffie staff)", ["Carla van der Woude"]),
        ],
        "keep": [
            ("OFFICE_HOLDER", "raadslid Ahraui", ["Ahraui"]),
            ("OFFICE_HOLDER", "raadslid Van Basten Batenburg", ["Van Basten Batenburg"]),
            ("OFFICE_HOLDER", "raadslid Klokkenburg-Reedeker", ["Klokkenburg-Reedeker"]),
            ("OFFICE_HOLDER", "raadslid Martinez van Andel", ["Martinez van Andel"]),
            ("OFFICE_HOLDER", "raadslid Sewtahal (absent)", ["Sewtahal"]),
            ("OFFICE_HOLDER", "raadslid Verdonk (absent)", ["Verdonk"]),
            ("PLACE", "Hof van Scheveningen 17", ["Hof van Scheveningen"]),
            ("PLACE", "Madesteinweg", ["Madesteinweg"]),
            ("PLACE", "Petroleumhaven", ["Petroleumhaven"]),
            ("PLACE", "Utrechtsebaan", ["Utrechtsebaan"]),
            ("OTHER", "subject Engelandvaarders monument", ["Engelandvaarders"]),
            ("ORG", "PVV", ["PVV"]),
        ],
    },
    "dh_tussenbericht_motie_meiden_dader.pdf": {
        "redact": [
            ("PERSON", "contact person Suze Hageman", ["Suze Hageman"]),
            ("EMAIL", "suze.hageman@denhaag.nl", [("suze.hageman@denhaag.nl", False)]),
            ("PERSON", "J.W.H. Dillewaard (Info /Author)", ["Dillewaard"]),
        ],
        "keep": [
            ("OFFICE_HOLDER", "raadslid mevrouw Mostert", ["Mostert"]),
            ("OFFICE_HOLDER", "raadslid mevrouw Faïd", ["Faïd"]),
            ("OFFICE_HOLDER", "raadslid de heer Guernaoui", ["Guernaoui"]),
            ("OFFICE_HOLDER", "locosecretaris Martiene Branderhorst (signs for the gemeentesecretaris)",
             ["Martiene Branderhorst"]),
            ("OFFICE_HOLDER", "locoburgemeester Saskia Bruines", ["Saskia Bruines"]),
            ("ORG", "Radar Advies", ["Radar Advies"]),
            ("ORG", "Bestuursdienst / BSD Veiligheid", ["BSD Veiligheid"]),
            _T14070, _SPUI,
        ],
    },
    "dh_preadvies_initiatiefvoorstel_jongeren.pdf": {
        "redact": [
            ("PERSON", "contact person Dorien Kweekel", ["Dorien Kweekel"]),
            ("EMAIL", "dorien.kweekel@denhaag.nl", [("dorien.kweekel@denhaag.nl", False)]),
        ],
        "keep": [
            ("OFFICE_HOLDER", "raadslid de heer Bom", ["Bom"]),
            ("OFFICE_HOLDER", "fractievertegenwoordiger de heer Zeller", ["Zeller"]),
            ("ORG", "stichting Werken aan Sportstad Den Haag (WSDH)", ["WSDH"]),
            ("OTHER", "programme Haagse Aanpak Gezond Gewicht (HAGG)", ["Haagse Aanpak Gezond Gewicht"]),
            ("ORG", "Beachvolleybal Team Nederland", ["Beachvolleybal Team Nederland"]),
            ("ORG", "Dienst Onderwijs, Cultuur en Welzijn", ["Dienst Onderwijs, Cultuur en Welzijn"]),
            _MERX, _ZANEN, _T14070,
        ],
    },
    "dh_initiatiefvoorstel_jongeren_pdftools.pdf": {
        "redact": [],
        "keep": [
            ("OFFICE_HOLDER", "indiener raadslid Coen Bom", ["Coen Bom"]),
            ("OFFICE_HOLDER", "indiener fractievertegenwoordiger Damiën Zeller", ["Damiën Zeller"]),
            ("ORG", "Gezondheidsraad", ["Gezondheidsraad"]),
            ("PLACE", "Binckhorst", ["Binckhorst"]),
            ("PLACE", "Vroondaal", ["Vroondaal"]),
            ("ORG", "Europees Sociaal Fonds (ESF)", ["ESF"]),
            ("ORG", "Hart voor Den Haag", ["Hart voor Den Haag"]),
            ("OTHER", "case number RIS321030", ["RIS321030"]),
        ],
    },
    "dh_oplegger_inthr_lijn6a_itext.pdf": {
        "redact": [],
        "keep": [
            ("OTHER", "programme INTHR", ["INTHR"]),
            ("ORG", "HTM", ["HTM"]),
            ("ORG", "MRDH", ["MRDH"]),
            ("ORG", "ACOR", ["ACOR"]),
            ("PLACE", "P Krugerlaan (street named after a person)", ["Krugerlaan"]),
            ("PLACE", "Steijnlaan (street named after a person)", ["Steijnlaan"]),
            ("PLACE", "Transvaal", ["Transvaal"]),
            ("OTHER", "document number DSO/10861319", [("DSO/10861319", False)]),
            ("LAW", "Wet gelijke behandeling op grond van handicap of chronische ziekte", ["Wet gelijke behandeling"]),
        ],
    },
    "dh_raadsvoorstel_kwaliteitsplan_zuidwest_ghostscript.pdf": {
        "redact": [],
        "keep": [
            ("OTHER", "Kwaliteitsplan Zuidwest", ["Kwaliteitsplan Zuidwest"]),
            ("OTHER", "architect Dudok (historic uitbreidingsplan)", ["Dudok"]),
            ("PLACE", "Moerwijk", ["Moerwijk"]),
            ("PLACE", "Morgenstond", ["Morgenstond"]),
            ("PLACE", "Bouwlust-Vrederust", ["Bouwlust"]),
            ("ORG", "Adviescommissie Omgevingskwaliteit en cultureel erfgoed", ["Adviescommissie Omgevingskwaliteit"]),
            ("OTHER", "document number DSO/10888911", [("DSO/10888911", False)]),
            _T14070,
        ],
    },
    "dh_afdoening_motie_seniorenwoningen_mariahoeve.pdf": {
        "redact": [
            ("PERSON", "contact person Sven de Haas", ["Sven de Haas"]),
            ("EMAIL", "sven.dehaas@denhaag.nl", [("sven.dehaas@denhaag.nl", False)]),
        ],
        "keep": [
            ("OFFICE_HOLDER", "raadslid mevrouw De Groot", ["De Groot"]),
            ("ORG", "Staedion", ["Staedion"]),
            ("PLACE", "Ametisthorst 425", ["Ametisthorst"]),
            ("PLACE", "Mariahoeve", ["Mariahoeve"]),
            ("ORG", "Woonnet Haaglanden", ["Woonnet Haaglanden"]),
            ("PLACE", "Hofzichtlaan-Het Kleine Loo", ["Hofzichtlaan"]),
            _MERX, _ZANEN, _T14070,
        ],
    },
    "dh_afdoening_motie_ov_kijkduin.pdf": {
        "redact": [
            ("PERSON", "contact person Pepijn Ballering", ["Pepijn Ballering"]),
            ("EMAIL", "pepijn.ballering@denhaag.nl", [("pepijn.ballering@denhaag.nl", False)]),
        ],
        "keep": [
            ("OFFICE_HOLDER", "raadslid de heer Bom", ["Bom"]),
            ("PLACE", "Kijkduin", ["Kijkduin"]),
            ("OTHER", "Randstad Rail 3", ["Randstad Rail 3"]),
            ("ORG", "HTM", ["HTM"]),
            ("ORG", "MRDH", ["MRDH"]),
            ("PLACE", "Deltaplein", ["Deltaplein"]),
            ("OTHER", "samenwerkingsverband Slim en Schoon naar Stad en Strand", ["Slim en Schoon naar Stad en Strand"]),
            _MERX, _ASTEN, _T14070,
        ],
    },
    "dh_afdoening_motie_schenkviaduct.pdf": {
        "redact": [
            ("PERSON", "contact person Sjoerd Krijnen", ["Sjoerd Krijnen"]),
            ("EMAIL", "sjoerd.krijnen@denhaag.nl", [("sjoerd.krijnen@denhaag.nl", False)]),
        ],
        "keep": [
            ("OFFICE_HOLDER", "raadslid de heer Dubbelaar", ["Dubbelaar"]),
            ("PLACE", "Schenkviaduct", ["Schenkviaduct"]),
            ("PLACE", "Prins Bernardviaduct (named after a person)", ["Prins Bernardviaduct"]),
            ("ORG", "Metropoolregio Rotterdam Den Haag", ["Metropoolregio Rotterdam Den Haag"]),
            ("ORG", "Provincie Zuid-Holland", ["Provincie Zuid-Holland"]),
            ("OTHER", "Vlietlijn", ["Vlietlijn"]),
            ("PLACE", "Bezuidenhout", ["Bezuidenhout"]),
            _MERX, _ZANEN,
        ],
    },
    "dh_afdoening_motie_schroeder_functies.pdf": {
        "redact": [
            ("PERSON", "contact person Montserrat Beijl", ["Montserrat Beijl"]),
            ("EMAIL", "montserrat.beijl@denhaag.nl", [("montserrat.beijl@denhaag.nl", False)]),
        ],
        "keep": [
            ("OFFICE_HOLDER", "raadslid de heer Thepass", ["Thepass"]),
            ("ORG", "Schroeder van der Kolk (kringloop organisation, named after persons)", ["Schroeder van der Kolk"]),
            ("ORG", "Den Haag Werkt", ["Den Haag Werkt"]),
            ("ORG", "Rekenkamer", ["Rekenkamer"]),
            ("PLACE", "Westduinweg", ["Westduinweg"]),
            ("OTHER", "STiP-regeling", ["STiP"]),
            _MERX, _ZANEN, _T14070,
        ],
    },
    "dh_afdoening_motie_schevenings_wapen.pdf": {
        "redact": [
            ("PERSON", "contact person Otto den Ouden", ["Otto den Ouden"]),
            ("EMAIL", "otto.denouden@denhaag.nl", [("otto.denouden@denhaag.nl", False)]),
        ],
        "keep": [
            ("OFFICE_HOLDER", "raadslid de heer De Ridder", ["De Ridder"]),
            ("PLACE", "Gevers Deynootweg (street named after a person)", ["Gevers Deynootweg"]),
            ("PLACE", "Scheveningen", ["Scheveningen"]),
            ("PLACE", "Keizerstraat", ["Keizerstraat"]),
            ("PLACE", "Kalhuisplaats", ["Kalhuisplaats"]),
            ("ORG", "Dienst Stadsbeheer", ["Dienst Stadsbeheer"]),
            _T14070,
        ],
    },
    "dh_raadsvoorstel_badhuisweg_geamendeerd.pdf": {
        "redact": [
            ("PERSON", "Angèle Céline Linnartz (Info /Author)", ["Linnartz"]),
        ],
        "keep": [
            ("PLACE", "Badhuisweg", ["Badhuisweg"]),
            ("ORG", "MyB/TenBrinke (developer)", ["TenBrinke"]),
            ("ORG", "Bewi Vastgoed", ["Bewi Vastgoed"]),
            ("PLACE", "Harstenhoekweg", ["Harstenhoekweg"]),
            ("ORG", "Bewonersvereniging Noordelijk Scheveningen", ["Bewonersvereniging Noordelijk Scheveningen"]),
            ("OTHER", "architectural style Nieuwe Haagse School", ["Nieuwe Haagse School"]),
            ("OTHER", "registration number DSO/10746377", [("DSO/10746377", False)]),
        ],
    },
    "dh_raadsvoorstel_parkeerstrategie_geamendeerd.pdf": {
        "redact": [
            ("PERSON", "Bas Ligthart (Info /Author)", ["Ligthart"]),
        ],
        "keep": [
            ("OTHER", "Parkeerstrategie Den Haag 2021-2030", ["Parkeerstrategie"]),
            ("PLACE", "Den Haag Zuidwest", ["Den Haag Zuidwest"]),
            ("OTHER", "case number RIS319383", ["RIS319383"]),
            ("OTHER", "registration number DSO/10762254", [("DSO/10762254", False)]),
            _T14070,
        ],
    },
    "dh_raadsvoorstel_nadeelcompensatie.pdf": {
        "redact": [
            ("PERSON", "Bob Wassenburg (Info /Author)", ["Wassenburg"]),
        ],
        "keep": [
            ("LAW", "Algemene wet bestuursrecht", ["Algemene wet bestuursrecht"]),
            ("LAW", "Omgevingswet", ["Omgevingswet"]),
            ("LAW", "Wet ruimtelijke ordening", ["Wet ruimtelijke ordening"]),
            ("OTHER", "Verordening nadeelcompensatie Den Haag 2025", ["Verordening nadeelcompensatie"]),
            ("OTHER", "registration number DSB/10768545", [("DSB/10768545", False)]),
        ],
    },
    "dh_raadsvoorstel_kadernota_subsidiebeleid.pdf": {
        "redact": [
            ("PERSON", "Odin de Bruijn (Info /Author)", ["Odin de Bruijn"]),
        ],
        "keep": [
            ("OTHER", "Kadernota subsidiebeleid Den Haag 2025", ["Kadernota subsidiebeleid"]),
            ("OTHER", "Kadernota Inkoopbeleid Den Haag 2020", ["Kadernota Inkoopbeleid"]),
            ("OTHER", "case number RIS305416", ["RIS305416"]),
            ("OTHER", "registration number OCW/10805927", [("OCW/10805927", False)]),
            _T14070,
        ],
    },
    # ------------------------------------------------------------------ Den Haag: more college letters
    "dh_afdoening_motie_warmteoplossingen.pdf": {
        "redact": [
            ("PERSON", "contact person Daphne van den Berg", ["Daphne van den Berg"]),
            ("EMAIL", "daphne.vandenberg@denhaag.nl", [("daphne.vandenberg@denhaag.nl", False)]),
        ],
        "keep": [
            ("OFFICE_HOLDER", "raadslid de heer Thepass", ["Thepass"]),
            ("ORG", "Haagse Hogeschool", ["Haagse Hogeschool"]),
            ("ORG", "Planbureau voor de Leefomgeving (PBL)", ["PBL"]),
            ("ORG", "VNG", ["VNG"]),
            ("ORG", "DSO Energietransitie", ["DSO Energietransitie"]),
            _MERX, _ZANEN, _T14070,
        ],
    },
    "dh_afdoening_motie_jeugd_cultuur.pdf": {
        "redact": [
            ("PERSON", "contact person Hannan Belamkadem", ["Hannan Belamkadem"]),
            ("EMAIL", "hannan.belamkadem@denhaag.nl", [("hannan.belamkadem@denhaag.nl", False)]),
        ],
        "keep": [
            ("OFFICE_HOLDER", "raadslid mevrouw Baboeram", ["Baboeram"]),
            ("OTHER", "Haagse Preventieaanpak", ["Haagse Preventieaanpak"]),
            ("ORG", "Het Talentenfonds", ["Talentenfonds"]),
            ("OTHER", "Haags beleidskader Jeugd 2025-2028", ["Haags beleidskader Jeugd"]),
            _MERX, _ZANEN, _T14070,
        ],
    },
    "dh_afdoening_motie_haagse_lokaliteit.pdf": {
        "redact": [
            ("PERSON", "contact person Anna de Wit", ["Anna de Wit"]),
            ("EMAIL", "anna.dewit@denhaag.nl", [("anna.dewit@denhaag.nl", False)]),
        ],
        "keep": [
            ("OFFICE_HOLDER", "raadslid mevrouw Baboeram", ["Baboeram"]),
            ("ORG", "Dienst Publiekszaken", ["Dienst Publiekszaken"]),
            ("OTHER", "Flexibel Welzijnsbudget", ["Flexibel Welzijnsbudget"]),
            ("OTHER", "Haags Ontmoeten", ["Haags Ontmoeten"]),
            _MERX, _ASTEN, _T14070,
        ],
    },
    "dh_afdoening_motie_energiearmoede_ghostscript.pdf": {
        "redact": [
            ("PERSON", "contact person Steve Coelers", ["Steve Coelers"]),
            ("EMAIL", "steve.coelers@denhaag.nl", [("steve.coelers@denhaag.nl", False)]),
        ],
        "keep": [
            ("OFFICE_HOLDER", "raadslid de heer Thepass", ["Thepass"]),
            ("ORG", "Gemeentelijke Kredietbank", ["Gemeentelijke Kredietbank"]),
            ("OTHER", "Noodfonds Energie", ["Noodfonds Energie"]),
            ("OTHER", "ISDE subsidy", ["ISDE"]),
            ("ORG", "Dienst Sociale Zaken en Werkgelegenheid", ["Dienst Sociale Zaken en Werkgelegenheid"]),
            _MERX, _ZANEN, _T14070,
        ],
    },
    # ------------------------------------------------------------------ Den Haag: motions and an amendment
    "dh_motie_inspraak_nooit_schrappen.pdf": {
        "redact": [
            ("PERSON", "Info /Author 'Bram van der Poel (20109229)': a person's name with a personnel/account number",
             ["Bram van der Poel", "20109229"]),
        ],
        "keep": [
            ("OFFICE_HOLDER", "indiener raadslid Fatima Faïd", ["Fatima Faïd"]),
            ("ORG", "Haagse Stadspartij", ["Haagse Stadspartij"]),
            ("OTHER", "case number RIS322487", ["RIS322487"]),
        ],
    },
    "dh_motie_parkeerplaatsen_binckhorst.pdf": {
        "redact": [
            ("PERSON", "Info /Author 'Wijngaarden, T.J.J. van'", ["Wijngaarden"]),
        ],
        "keep": [
            ("OFFICE_HOLDER", "indiener raadslid Lesley Arp", ["Lesley Arp"]),
            ("OFFICE_HOLDER", "co-signer raadslid Hinke de Groot", ["Hinke de Groot"]),
            ("ORG", "Binck City Park", ["Binck City Park"]),
            ("ORG", "Binck Poort", ["Binck Poort"]),
            ("PLACE", "Binckhorst", ["Binckhorst"]),
            ("PLACE", "Voorburg", ["Voorburg"]),
        ],
    },
    "dh_motie_ruimte_meiden_spelen.pdf": {
        "redact": [
            ("PERSON", "Mohammed Ghay (second Info /Author next to the raadslid)", ["Ghay"]),
        ],
        "keep": [
            ("OFFICE_HOLDER", "indiener raadslid Caroline Verduin", ["Caroline Verduin"]),
            ("OFFICE_HOLDER", "indiener raadslid Janneke Holman", ["Janneke Holman"]),
            ("OFFICE_HOLDER", "co-signer raadslid Isabel Bos", ["Isabel Bos"]),
            ("ORG", "Haagse Hogeschool", ["Haagse Hogeschool"]),
            ("OTHER", "nota Spelen in de stad", ["Spelen in de stad"]),
        ],
    },
    "dh_amendement_fata_morgana_ontwikkelvisie.pdf": {
        "redact": [
            ("PERSON", "Lorenzo Girardi (Info /Author, party staff)", ["Girardi"]),
        ],
        "keep": [
            ("OFFICE_HOLDER", "indiener raadslid Lesley Arp", ["Lesley Arp"]),
            ("OFFICE_HOLDER", "co-signer raadslid Judith Klokkenburg", ["Judith Klokkenburg"]),
            ("PLACE", "François Valentijnstraat (street named after a person)", ["François Valentijnstraat"]),
            ("PLACE", "Utrechtsebaan", ["Utrechtsebaan"]),
            ("PLACE", "Beatrixkwartier (named after a person)", ["Beatrixkwartier"]),
            ("PLACE", "Bezuidenhout-West", ["Bezuidenhout-West"]),
        ],
    },
    "dh_motie_legaal_spuiten.pdf": {
        "redact": [
            ("PERSON", "Yael Keijzer (Info /Author, party staff)", ["Keijzer"]),
        ],
        "keep": [
            ("OFFICE_HOLDER", "indiener raadslid Lesley Arp", ["Lesley Arp"]),
            ("OFFICE_HOLDER", "co-signer raadslid Fatima Faïd", ["Fatima Faïd"]),
            ("OFFICE_HOLDER", "co-signer raadslid Leonie Gerritsen", ["Leonie Gerritsen"]),
            ("ORG", "Meldpunt Graffiti", ["Meldpunt Graffiti"]),
            ("ORG", "Partij voor de Dieren", ["Partij voor de Dieren"]),
            ("OTHER", "Legale Graffiti Locaties", ["Legale Graffiti Locatie"]),
        ],
    },
    # ------------------------------------------------------------------ Amsterdam: more released e-mails (image only)
    "ams_woningdelen_mail_wethouder_06_12_sitemail.pdf": {
        "redact": [
            ("PERSON", "Nika Haspels: the mailbox owner's name that Outlook printed above the released e-mail (civil servant; OCR)",
             ["Haspels"]),
        ],
        "keep": [],
    },
    "ams_woningdelen_mail_vragen_29_11.pdf": {
        "redact": [
            ("PERSON", "Max van Engen, Directeur Wonen, in the CC line (OCR)", ["Engen"]),
        ],
        "keep": [],
    },
}
