"""Hand-written gold specification for eval/real31 (read from the PDFs' text, rendered pages, OCR of
image pages, metadata and annotations).

Per document: redact items (kind, value, [probes]) and keep items (kind, value, [probes]).
A probe is a string (word-anchored) or a (string, word) pair. make_gold.py turns this into
gold/*.json: redact probes get after=0, keep probes get after = their count in the PDFium text of
the original (keep probes with count 0 are dropped with a warning).

Rules (see README.md): civil servants and private persons are redacted (contact persons and their
personal e-mail addresses in the side column of a college letter, Info/XMP authors who are
civil servants, a requester's name left in the Title/Subject/Keywords of a Wob decision); office holders
in their public role (burgemeester, locoburgemeester, wethouders, raadsleden, fractievertegenwoordigers)
and the officials who sign by virtue of their office (gemeentesecretaris, raadsgriffier) stay, as do
organisations, places, streets named after people, programmes, laws, functional mailboxes and general
numbers.
"""

_MERX = ("OFFICE_HOLDER", "Ilma Merx, gemeentesecretaris Den Haag (co-signs college letters)", ["Ilma Merx"])
_ZANEN = ("OFFICE_HOLDER", "Jan van Zanen, burgemeester Den Haag", ["Jan van Zanen"])
_ASTEN = ("OFFICE_HOLDER", "Robert van Asten, locoburgemeester / wethouder Den Haag", ["Robert van Asten"])
_DH = ("ORG", "Gemeente Den Haag", ["Gemeente Den Haag"])
_T14070 = ("OTHER", "general number 14070", ["14070"])
_SPUI = ("PLACE", "Spui 70 (town hall address)", ["Spui 70"])
_OCW = ("ORG", "Dienst Onderwijs, Cultuur en Welzijn", ["Dienst Onderwijs, Cultuur en Welzijn"])
_DSO = ("ORG", "Dienst Stedelijke Ontwikkeling", ["Dienst Stedelijke Ontwikkeling"])
_BSD = ("ORG", "Bestuursdienst", ["Bestuursdienst"])
_GRIFFIER = ("OFFICE_HOLDER", "raadsgriffier L. Blankwaard Rombouts (ValidSigned line)", ["Blankwaard Rombouts"])
_AMS14020 = ("OTHER", "general number 14 020", ["14 020"])


def _letter(extra_keep, signer=_ZANEN):
    return [_MERX, signer, _DH, _T14070, _SPUI] + extra_keep


SPEC = {
    # ------------------------------------------------------------------ Den Haag college letters
    "dh_afdoening_motie_laatste_loodjes_ghostscript.pdf": {
        "redact": [
            ("PERSON", "Allard de Wolf, contact person DSO", ["Allard de Wolf"]),
            ("EMAIL", "allard.dewolf@denhaag.nl", [("allard.dewolf@denhaag.nl", False)]),
        ],
        "keep": _letter([
            _DSO,
            ("OFFICE_HOLDER", "raadslid Faïd (indiener)", ["Faïd"]),
            ("ORG", "Eekta (organisation)", ["Eekta"]),
            ("ORG", "Wijkz (organisation)", ["Wijkz"]),
            ("PLACE", "Boylestraat", ["Boylestraat"]),
            ("PLACE", "'t Lindenkwadrant", ["Lindenkwadrant"]),
            ("OTHER", "RIS321440", ["RIS321440"]),
            ("OTHER", "kenmerk DSO/10861155", [("DSO/10861155", False)]),
        ]),
    },
    "dh_tussenbericht_motie_taaltoets.pdf": {
        "redact": [
            ("PERSON", "Marlou Smulders, contact person OCW", ["Marlou Smulders"]),
            ("PERSON", "Info/XMP author J.W.H. Dillewaard", ["Dillewaard"]),
        ],
        "keep": _letter([
            _OCW,
            ("OTHER", "functional mailbox onderwijsbeleid@denhaag.nl", [("onderwijsbeleid@denhaag.nl", False)]),
            ("ORG", "OCW Stad en Bestuur", ["OCW Stad en Bestuur"]),
            ("OTHER", "RIS321253", ["RIS321253"]),
            ("OTHER", "motion title Taaltoets voor effectieve", ["Taaltoets voor effectieve"]),
        ]),
    },
    "dh_afdoening_motie_meiden_spelen.pdf": {
        "redact": [
            ("PERSON", "Roberto Mahadewsing, contact person DPZ", ["Roberto Mahadewsing"]),
            ("EMAIL", "roberto.mahadewsing@denhaag.nl", [("roberto.mahadewsing@denhaag.nl", False)]),
            ("PERSON", "Info/XMP author Rick Zijderveld", ["Rick Zijderveld"]),
        ],
        "keep": _letter([
            ("OFFICE_HOLDER", "raadslid Verduin (indiener)", ["Verduin"]),
            ("ORG", "De Haagse Hogeschool / HHS", ["HHS"]),
            ("ORG", "Hogeschool van Amsterdam", ["Hogeschool van Amsterdam"]),
            ("ORG", "HvA", ["HvA"]),
            ("ORG", "Team Graffiti", ["Team Graffiti"]),
            ("PROGRAMME", "Playground (programme name)", ["Playground"]),
            ("PLACE", "Vermeerpark", ["Vermeerpark"]),
            ("PLACE", "Spaarwaterstraat", ["Spaarwaterstraat"]),
            ("PLACE", "Escamp", ["Escamp"]),
            ("OTHER", "RIS321068", ["RIS321068"]),
            ("OTHER", "RIS318516", ["RIS318516"]),
        ]),
    },
    "dh_tussenbericht_motie_podium_noord.pdf": {
        "redact": [
            ("PERSON", "Laura Cornelisse, contact person OCW", ["Laura Cornelisse"]),
            ("EMAIL", "laura.cornelisse@denhaag.nl", [("laura.cornelisse@denhaag.nl", False)]),
            ("PERSON", "Info/XMP author J.W.H. Dillewaard", ["Dillewaard"]),
        ],
        "keep": _letter([
            _OCW,
            ("PROGRAMME", "motion title Plek voor Podium Noord", ["Plek voor Podium"]),
            ("PLACE", "Mariahoeve", ["Mariahoeve"]),
            ("OTHER", "RIS321235", ["RIS321235"]),
        ]),
    },
    "dh_afdoening_motie_verkooppraatjes.pdf": {
        "redact": [
            ("PERSON", "Michiel Ensink, contact person Opgaveteam Nieuwkomers", ["Michiel Ensink"]),
        ],
        "keep": _letter([
            _OCW,
            ("OTHER", "functional mailbox nieuwkomers@denhaag.nl", [("nieuwkomers@denhaag.nl", False)]),
            ("ORG", "Opgaveteam Nieuwkomers", ["Opgaveteam Nieuwkomers"]),
            ("OFFICE_HOLDER", "raadslid Verdonk (indiener)", ["Verdonk"]),
            ("PLACE", "Sportlaan 600 (reception location)", ["Sportlaan"]),
            ("OTHER", "RIS321681", ["RIS321681"]),
        ]),
    },
    "dh_afdoening_motie_investeren_ov.pdf": {
        "redact": [
            ("PERSON", "Ingrid de Bruijn, contact person DSO Mobiliteit", ["Ingrid de Bruijn"]),
            ("EMAIL", "Ingrid.debruijn@denhaag.nl", [("Ingrid.debruijn@denhaag.nl", False)]),
        ],
        "keep": _letter([
            _DSO,
            ("ORG", "DSO Mobiliteit", ["DSO Mobiliteit"]),
            ("OFFICE_HOLDER", "raadslid Peeck (indiener)", ["Peeck"]),
            ("ORG", "MRDH", ["MRDH"]),
            ("OTHER", "Brede Doeluitkering / BDU", ["BDU"]),
            ("PROGRAMME", "Zuidwestlandcorridor", ["Zuidwestlandcorridor"]),
            ("PROGRAMME", "Koningscorridor", ["Koningscorridor"]),
            ("PROGRAMME", "Vlietlijn", ["Vlietlijn"]),
            ("PROGRAMME", "MIRT", ["Mirt"]),
            ("PLACE", "Binckhorst", ["Binckhorst"]),
            ("PLACE", "Zoetermeer", ["Zoetermeer"]),
            ("PLACE", "Westland", ["Westland"]),
            ("PLACE", "Moerwijk", ["Moerwijk"]),
            ("OTHER", "RIS321677", ["RIS321677"]),
        ]),
    },
    "dh_afdoening_motie_oefenstemdagen_ghostscript.pdf": {
        "redact": [
            ("PERSON", "Martine van Schoor, contact person DPZ", ["Martine van Schoor"]),
            ("EMAIL", "martine.vanschoor@denhaag.nl", [("martine.vanschoor@denhaag.nl", False)]),
        ],
        "keep": _letter([
            ("ORG", "DPZ Burgerzaken en Verkiezingen", ["Burgerzaken en Verkiezingen"]),
            ("OFFICE_HOLDER", "raadslid Smit (indiener)", ["Smit"]),
            ("ORG", "Stichting Prokkel", ["Prokkel"]),
            ("ORG", "Europees Parlement", ["Europees Parlement"]),
            ("PROGRAMME", "Oefenstemdagen voor iedereen (motion title)", ["Oefenstemdagen voor iedereen"]),
            ("OTHER", "RIS321631", ["RIS321631"]),
            ("OTHER", "RIS321404", ["RIS321404"]),
        ]),
    },
    "dh_afdoening_motie_burgemeester_verantwoordelijk.pdf": {
        "redact": [
            ("PERSON", "Steven Hokken, contact person DSO Projecten", ["Steven Hokken"]),
            ("EMAIL", "steven.hokken@denhaag.nl", [("steven.hokken@denhaag.nl", False)]),
        ],
        "keep": _letter([
            _DSO, _ASTEN,
            ("OFFICE_HOLDER", "raadslid Dubbelaar (indiener)", ["Dubbelaar"]),
            ("OFFICE_HOLDER", "wethouder Martijn Balster (stepped down)", ["Martijn Balster"]),
            ("PLACE", "Henri Faasdreef (street named after a person)", ["Henri Faasdreef"]),
            ("PLACE", "Energiestraat", ["Energiestraat"]),
            ("OTHER", "RIS321845", ["RIS321845"]),
        ]),
    },
    "dh_afdoening_motie_oranjehotel.pdf": {
        "redact": [
            ("PERSON", "Carmen Kleijn, contact person OCW", ["Carmen Kleijn"]),
            ("EMAIL", "carmen.kleijn@denhaag.nl", [("carmen.kleijn@denhaag.nl", False)]),
        ],
        "keep": _letter([
            _OCW,
            ("OFFICE_HOLDER", "raadslid Van Basten Batenburg (indiener)", ["Van Basten Batenburg"]),
            ("ORG", "Oranjehotel (memorial)", ["Oranjehotel"]),
            ("ORG", "NCAB", ["NCAB"]),
            ("PLACE", "Westerbork", ["Westerbork"]),
            ("PLACE", "Auschwitz", ["Auschwitz"]),
            ("OTHER", "WOII", ["WOII"]),
            ("OTHER", "RIS321875", ["RIS321875"]),
            ("OTHER", "RIS321413", ["RIS321413"]),
        ]),
    },
    "dh_afdoening_motie_jerusalem_declaration.pdf": {
        "redact": [
            ("PERSON", "Lars Smit, contact person OCW", ["Lars Smit"]),
            ("EMAIL", "lars.smit@denhaag.nl", [("lars.smit@denhaag.nl", False)]),
        ],
        "keep": _letter([
            _OCW,
            ("OFFICE_HOLDER", "raadslid Butt (indiener)", ["Butt"]),
            ("OTHER", "Jerusalem Declaration on Antisemitism", ["Jerusalem Declaration"]),
            ("ORG", "IHRA", ["IHRA"]),
            ("ORG", "International Holocaust Remembrance Alliance", ["Remembrance"]),
            ("OTHER", "RIS321893", ["RIS321893"]),
        ], signer=_ASTEN),
    },
    "dh_afdoening_motie_gratis_ov_navo.pdf": {
        "redact": [
            ("PERSON", "Peter van Heerwaarden, contact person BSD", ["Peter van Heerwaarden"]),
            ("EMAIL", "peter.vanheerwaarden@denhaag.nl", [("peter.vanheerwaarden@denhaag.nl", False)]),
        ],
        "keep": _letter([
            _BSD,
            ("ORG", "BSD Concernontwikkeling", ["Concernontwikkeling"]),
            ("OFFICE_HOLDER", "raadslid Van Basten Batenburg (indiener)", ["Basten Batenburg"]),
            ("ORG", "HTM", ["HTM"]),
            ("ORG", "Ministerie van Infrastructuur en Waterstaat", ["Infrastructuur en Waterstaat"]),
            ("OTHER", "NAVO-top", [("NAVO-top", False)]),
            ("OTHER", "RIS322168", ["RIS322168"]),
            ("OTHER", "RIS321925", ["RIS321925"]),
        ]),
    },
    "dh_afdoening_motie_veiligheid_scheveningen.pdf": {
        "redact": [
            ("PERSON", "Remko Nieland, contact person BSD Veiligheid", ["Remko Nieland"]),
        ],
        "keep": _letter([
            _BSD,
            ("OTHER", "functional mailbox veiligheidsregisseur@denhaag.nl", [("veiligheidsregisseur@denhaag.nl", False)]),
            ("ORG", "BSD Veiligheid", ["BSD Veiligheid"]),
            ("OFFICE_HOLDER", "raadslid Guernaoui (indiener)", ["Guernaoui"]),
            ("PLACE", "Scheveningen", ["Scheveningen"]),
            ("OTHER", "RIS322136", ["RIS322136"]),
            ("OTHER", "RIS322111", ["RIS322111"]),
        ], signer=_ASTEN),
    },
    "dh_afdoening_motie_blijven_prikken_ghostscript.pdf": {
        "redact": [
            ("EMAIL", "marijn.deraadt@denhaag.nl (personal address behind a functional contact 'BO OCW Directiebureau')",
             [("marijn.deraadt@denhaag.nl", False)]),
        ],
        "keep": _letter([
            _OCW,
            ("ORG", "BO OCW Directiebureau (functional contact)", ["OCW Directiebureau"]),
            ("OFFICE_HOLDER", "raadslid Holman (indiener)", ["Holman"]),
            ("ORG", "GGD", ["GGD"]),
            ("ORG", "Ministerie van Volksgezondheid, Welzijn en Sport", ["Welzijn en Sport"]),
            ("PROGRAMME", "Programma laagdrempelig voorlichten en vaccineren", ["Programma laagdrempelig"]),
            ("OTHER", "RIS322312", ["RIS322312"]),
            ("OTHER", "RIS321725", ["RIS321725"]),
        ]),
    },
    "dh_preadvies_haagse_wijken_aan_zet.pdf": {
        "redact": [
            ("PERSON", "Arjan Brak, contact person DPZ", ["Arjan Brak"]),
            ("EMAIL", "Arjan.brak@denhaag.nl", [("Arjan.brak@denhaag.nl", False)]),
        ],
        "keep": _letter([
            ("OFFICE_HOLDER", "raadslid Van Doorn (initiator)", ["Van Doorn"]),
            ("OFFICE_HOLDER", "fractievertegenwoordiger Frey (initiator)", ["Frey"]),
            ("PROGRAMME", "initiative proposal Haagse wijken aan zet", ["Haagse wijken aan zet"]),
            ("LAW", "Inspraak- en Participatieverordening", [("Inspraak- en Participatieverordening", False)]),
            ("ORG", "RadarAdvies", ["RadarAdvies"]),
            ("PLACE", "Loosduinen", ["Loosduinen"]),
            ("OTHER", "RIS321542", ["RIS321542"]),
        ], signer=_ASTEN),
    },
    # ------------------------------------------------------------------ Den Haag council documents
    "dh_presidium_benoeming_adviescommissie_vrh.pdf": {
        "redact": [
            ("PERSON", "Info/XMP author Wiebe Postma (griffie)", ["Wiebe Postma"]),
        ],
        "keep": [
            _DH,
            ("OFFICE_HOLDER", "raadslid Maarten De Vuyst (GroenLinks), appointed member of the advisory committee",
             ["Maarten De Vuyst"]),
            ("ORG", "Veiligheidsregio Haaglanden", ["Veiligheidsregio Haaglanden"]),
            ("ORG", "VRH", ["VRH"]),
            ("ORG", "GroenLinks", ["GroenLinks"]),
            ("OTHER", "RIS321741", ["RIS321741"]),
            ("OTHER", "GRF320688", ["GRF320688"]),
        ],
    },
    "dh_presidium_ontheffing_ingezetenschap.pdf": {
        "redact": [
            ("PERSON", "Info/XMP author 'L. Maanen, Van' (griffie)", ["Maanen"]),
        ],
        "keep": [
            # raadsgriffier only in the ValidSigned form field (not in PDFium text): not probed
            ("OFFICE_HOLDER", "Engberts, nominated wethouder (PvdA)", ["Engberts"]),
            ("LAW", "Gemeentewet", ["Gemeentewet"]),
            ("ORG", "PvdA", ["PvdA"]),
            ("PLACE", "Rotterdam", ["Rotterdam"]),
            ("OTHER", "RIS322230", ["RIS322230"]),
            ("OTHER", "GRF332007", ["GRF332007"]),
        ],
    },
    "dh_rekenkamer_veilig_op_afstand.pdf": {
        "redact": [],
        "keep": [
            # raadsgriffier only in the ValidSigned form field (not in PDFium text): not probed
            ("ORG", "Rekenkamer Den Haag", ["Rekenkamer Den Haag"]),
            ("ORG", "Informatiebeveiligingsdienst voor gemeenten", ["Informatiebeveiligingsdienst voor gemeenten"]),
            ("OTHER", "Mobile Device Management (English term)", ["Mobile Device Management"]),
            ("OTHER", "Chief Information Security Officer", ["Chief Information Security Officer"]),
            ("ORG", "CISO", ["CISO"]),
            ("OTHER", "Baseline Informatiebeveiliging Overheid", ["Baseline"]),
            ("OTHER", "NORA", ["NORA"]),
            ("OTHER", "ISOR", ["ISOR"]),
            ("OTHER", "ICT-landschap", [("ICT-landschap", False)]),
            ("OTHER", "malware", ["malware"]),
            ("OTHER", "wifi", ["wifi"]),
            ("OTHER", "RIS320818", ["RIS320818"]),
            ("PROGRAMME", "Veilig op afstand (study title)", ["Veilig op afstand"]),
        ],
    },
    "dh_besluitenlijst_raad_20250522.pdf": {
        "redact": [
            ("PERSON", "Info/XMP author Carla van der Woude (griffie)", ["Carla van der Woude"]),
        ],
        "keep": [
            ("OFFICE_HOLDER", "raadslid Ahraui", ["Ahraui"]),
            ("OFFICE_HOLDER", "raadslid Van Basten Batenburg", ["Van Basten Batenburg"]),
            ("OFFICE_HOLDER", "raadslid De Vuyst", ["De Vuyst"]),
            ("OFFICE_HOLDER", "raadslid Klokkenburg-Reedeker", [("Klokkenburg-Reedeker", False)]),
            ("OFFICE_HOLDER", "raadslid Martinez van Andel", ["Martinez van Andel"]),
            ("OFFICE_HOLDER", "raadslid Dubbelaar", ["Dubbelaar"]),
            ("OFFICE_HOLDER", "raadslid Guernaoui", ["Guernaoui"]),
            ("OFFICE_HOLDER", "raadslid Kaptheijns", ["Kaptheijns"]),
            ("OFFICE_HOLDER", "raadslid Sewtahal", ["Sewtahal"]),
            ("OFFICE_HOLDER", "raadslid Bingöl", ["Bingöl"]),
            ("OFFICE_HOLDER", "raadslid Baboeram", ["Baboeram"]),
            ("ORG", "Hart voor Den Haag", ["Hart voor Den Haag"]),
            ("ORG", "HvDH", ["HvDH"]),
            ("ORG", "PvdD", ["PvdD"]),
            ("ORG", "CU-SGP", [("CU-SGP", False)]),
            ("ORG", "DENK", ["DENK"]),
            ("ORG", "Bedrijvenschap Harnaschpolder", ["Bedrijvenschap Harnaschpolder"]),
            ("ORG", "IPP Haaglanden", ["IPP Haaglanden"]),
            ("PLACE", "Jan van Nassaustraat (street named after a person)", ["Jan van Nassaustraat"]),
            ("PLACE", "Kijkduin", ["Kijkduin"]),
            ("OTHER", "RIS322230", ["RIS322230"]),
            ("OTHER", "WarmtelinQ", ["WarmtelinQ"]),
        ],
    },
    "dh_oplegger_calandstraat_itext.pdf": {
        "redact": [],
        "keep": [
            ("PLACE", "Calandstraat 12 (reception location)", ["Calandstraat 12"]),
            ("ORG", "COA", ["COA"]),
            ("LAW", "Omgevingswet", ["Omgevingswet"]),
            ("LAW", "Spreidingswet", ["Spreidingswet"]),
            ("LAW", "Besluit kwaliteit leefomgeving (Bkl)", ["Bkl"]),
            ("OTHER", "BOPA", ["BOPA"]),
            ("OTHER", "ETFAL", ["ETFAL"]),
            ("OTHER", "IRIS", ["IRIS"]),
            ("PLACE", "Laakkwartier", ["Laakkwartier"]),
            ("PLACE", "Spoorwijk", ["Spoorwijk"]),
            ("PLACE", "Regulusweg", ["Regulusweg"]),
            ("OTHER", "RIS313814", ["RIS313814"]),
            ("OTHER", "DSO/10910162", [("DSO/10910162", False)]),
        ],
    },
    "dh_notulen_raad_20250522.pdf": {
        "redact": [
            ("PERSON", "Info/XMP author 'Meijer, R.' (verslaglegging)", [("Meijer, R.", False)]),
            ("PERSON", "inspreker Arnim van Oorschot (private person)", ["Van Oorschot", "Arnim van Oorschot"]),
            ("PERSON", "inspreker Smeele, resident of the Toussaintkade", ["Smeele"]),
            ("PERSON", "inspreker Kruik (bewonersorganisatie Zeeheldenkwartier)", ["Kruik"]),
            ("PERSON", "inspreker Lina (private person)", ["Lina"]),
            ("PERSON", "inspreker Bas Winkler (chair of BIZ Hofkwartier, speaks as such)", ["Winkler", "Bas Winkler"]),
            ("PERSON", "inspreker Van der Spek", ["Van der Spek"]),
            ("PERSON", "inspreker Angélique Eijpe", ["Eijpe", "Angélique Eijpe"]),
            ("PERSON", "inspreker Rebekka van Roemburg", ["Van Roemburg", "Rebekka van Roemburg"]),
            ("PERSON", "inspreker Marije Klomp", ["Klomp", "Marije Klomp"]),
            ("PERSON", "inspreker Heleen Groenendyk", ["Groenendyk", "Heleen Groenendyk"]),
            ("PERSON", "inspreker Bekkers", ["Bekkers"]),
            ("PERSON", "inspreker Van Bree", ["Van Bree"]),
            ("PERSON", "inspreker Gelderblom (speaks for a new foundation; a former politician by her own words)", ["Gelderblom"]),
            ("PERSON", "inspreker Shapiro", ["Shapiro"]),
            ("PERSON", "inspreker Van der Veeken", ["Van der Veeken"]),
            ("RELIGION", "an inspreker's own religious community ('mijn Joodse gemeenschap')", ["mijn Joodse gemeenschap"]),
        ],
        "keep": [
            _ZANEN[:2] + (["Van Zanen"],),
            ("OFFICE_HOLDER", "griffier Blankwaard-Rombouts", [("Blankwaard-Rombouts", False)]),
            ("OFFICE_HOLDER", "wethouder Co Engberts (sworn in at this meeting); probed as 'de heer Engberts' and the full name, "
             "because his mother, a private person, is mentioned as 'mevrouw Engberts'", ["heer Engberts", "Co Engberts"]),
            ("OFFICE_HOLDER", "fractievertegenwoordiger Suzanne Piet (PvdA)", ["Suzanne Piet"]),
            ("PLACE", "Piet Heinplein (street named after a person)", ["Piet Heinplein"]),
            ("ORG", "CJG", ["CJG"]),
            ("ORG", "GGD", ["GGD"]),
            ("OFFICE_HOLDER", "wethouder Kapteijns", ["Kapteijns"]),
            ("OFFICE_HOLDER", "wethouder Vavier", ["Vavier"]),
            ("OFFICE_HOLDER", "wethouder Barker", ["Barker"]),
            ("OFFICE_HOLDER", "wethouder Bruines", ["Bruines"]),
            ("OFFICE_HOLDER", "wethouder Bredemeijer", ["Bredemeijer"]),
            ("OFFICE_HOLDER", "raadslid Rutger de Ridder", ["Rutger de Ridder"]),
            ("OFFICE_HOLDER", "raadslid Arjen Dubbelaar", ["Arjen Dubbelaar"]),
            ("OFFICE_HOLDER", "raadslid Samir Ahraui", ["Samir Ahraui"]),
            ("OFFICE_HOLDER", "raadslid Lotte van Basten Batenburg", ["Lotte van Basten Batenburg"]),
            ("OFFICE_HOLDER", "raadslid Caroline Peeck", ["Caroline Peeck"]),
            ("OFFICE_HOLDER", "raadslid Joren Noorlander", ["Joren Noorlander"]),
            ("OFFICE_HOLDER", "raadslid Ralf Sluijs", ["Ralf Sluijs"]),
            ("OFFICE_HOLDER", "raadslid Maarten De Vuyst", ["Maarten De Vuyst"]),
            ("OFFICE_HOLDER", "raadslid Leonie Gerritsen", ["Leonie Gerritsen"]),
            ("OFFICE_HOLDER", "raadslid Nick Kaptheijns", ["Nick Kaptheijns"]),
            ("OFFICE_HOLDER", "raadslid Adeel Mahmood", ["Adeel Mahmood"]),
            ("OFFICE_HOLDER", "raadslid Hera Butt", ["Hera Butt"]),
            ("OFFICE_HOLDER", "raadslid Klokkenburg-Reedeker", [("Klokkenburg-Reedeker", False)]),
            ("OFFICE_HOLDER", "raadslid Richard de Mos", ["Richard de Mos"]),
            ("OFFICE_HOLDER", "politician Geert Wilders (quoted by an inspreker)", ["Geert Wilders"]),
            ("ORG", "BIZ Hofkwartier", ["BIZ Hofkwartier"]),
            ("ORG", "Stichting Binnenstad Management Den Haag", ["Binnenstad Management"]),
            ("ORG", "bewonersorganisatie De Groene Eland", ["Groene Eland"]),
            ("ORG", "NOS", ["NOS"]),
            ("ORG", "Albert Heijn", ["Albert Heijn"]),
            ("ORG", "Hart voor Den Haag", ["Hart voor Den Haag"]),
            ("ORG", "Bedrijvenschap Harnaschpolder", ["Bedrijvenschap Harnaschpolder"]),
            ("PLACE", "Toussaintkade", ["Toussaintkade"]),
            ("PLACE", "Prinsessewal", ["Prinsessewal"]),
            ("PLACE", "Prinsestraat", ["Prinsestraat"]),
            ("PLACE", "Zeeheldenkwartier", ["Zeeheldenkwartier"]),
            ("PLACE", "Elandstraat", ["Elandstraat"]),
            ("PLACE", "Paleistuin", ["Paleistuin"]),
            ("PLACE", "Worldforum", ["Worldforum"]),
            ("PLACE", "Gaza", ["Gaza"]),
            ("PROGRAMME", "Netwerkstrategie 2040", ["Netwerkstrategie 2040"]),
            ("PROGRAMME", "Actieprogramma mensenhandel", ["Actieprogramma mensenhandel"]),
            ("PROGRAMME", "Toekomstbestendig Bouwen", ["Toekomstbestendig Bouwen"]),
            ("OTHER", "No Room for Sex Trafficking (English certification name)", ["No Room for Sex Trafficking"]),
            ("OTHER", "RIS322230", ["RIS322230"]),
            ("OTHER", "RIS319200", ["RIS319200"]),
        ],
    },
    # ------------------------------------------------------------------ Gemeente Amsterdam (Wob)
    "ams_wob_schade_ruijterkade_word2010.pdf": {
        "redact": [],
        "keep": [
            ("ORG", "Gemeente Amsterdam", ["Gemeente Amsterdam"]),
            ("ORG", "Dienstverlening (department)", ["Dienstverlening"]),
            ("PLACE", "Ruijterkade 110", ["Ruijterkade 110"]),
            ("PLACE", "Weesperstraat 111-113 (office address)", [("Weesperstraat 111-113", False)]),
            ("OTHER", "job title Adviseur beleids- en bestuurszaken", [("Adviseur beleids- en bestuurszaken", False)]),
            ("LAW", "WOB", ["WOB"]),
        ],
    },
    "ams_wob_vinkenstraat_omnipage.pdf": {
        "redact": [],
        "keep": [
            ("ORG", "Gemeente Amsterdam", ["Gemeente Amsterdam"]),
            ("OTHER", "functional mailbox beleid.dvl@amsterdam.nl", [("beleid.dvl@amsterdam.nl", False)]),
            ("PLACE", "Vinkenstraat 156", ["Vinkenstraat 156"]),
            ("PLACE", "Weesperstraat 113 (office address)", ["Weesperstraat 113"]),
            ("OTHER", "case number Z/18/277885-100684", [("Z/18/277885-100684", False)]),
            ("OTHER", "general number 14 020", ["14 020"]),
            ("OTHER", "job title Directeur Dienstverlening", ["Directeur Dienstverlening"]),
            ("ORG", "Rechtbank Amsterdam", ["Rechtbank Amsterdam"]),
            ("LAW", "Algemene wet bestuursrecht", ["Algemene wet bestuursrecht"]),
        ],
    },
    "ams_wob_keizersgracht_mail_geredigeerd.pdf": {
        "redact": [],
        "keep": [
            ("ORG", "Gemeente Amsterdam", ["Gemeente Amsterdam"]),
            ("ORG", "stadsdeel Centrum", ["stadsdeel Centrum"]),
            ("PLACE", "Keizersgracht 124-126", [("Keizersgracht 124-126", False)]),
            ("OTHER", "OLO-3964597", [("OLO-3964597", False)]),
            ("PLACE", "Amstel 1 (town hall address)", ["Amstel 1"]),
            ("OTHER", "job title medewerker Vergunningen", ["medewerker Vergunningen"]),
        ],
    },
    "ams_wob_tweede_bloemdwarsstraat.pdf": {
        "redact": [],
        "keep": [
            ("ORG", "Wieringa Advocaten (law firm of the requester; also in Title/Subject/Keywords)", ["Wieringa Advocaten"]),
            ("ORG", "Gemeente Amsterdam", ["Gemeente Amsterdam"]),
            ("PLACE", "Tweede Bloemdwarsstraat 2", ["Tweede Bloemdwarsstraat"]),
            ("OTHER", "kenmerk CE20-07560", [("CE20-07560", False)]),
            ("PLACE", "Amstel 1", ["Amstel 1"]),
            ("OTHER", "general number 14 020", ["14 020"]),
            ("LAW", "Wet openbaarheid van bestuur", ["Wet openbaarheid van bestuur"]),
        ],
    },
    "ams_wob_sloop_waddenwegviaduct.pdf": {
        "redact": [],
        "keep": [
            ("OTHER", "functional mailbox Wob.coördinatie.sdn@amsterdam.nl", [("dinatie.sdn@amsterdam.nl", False)]),
            ("PLACE", "Waddenwegviaduct", ["Waddenwegviaduct"]),
            ("PLACE", "Buikslotermeerplein 2000 (office address)", ["Buikslotermeerplein"]),
            ("ORG", "Bestuurscommissie Noord", ["Bestuurscommissie Noord"]),
            ("ORG", "Stadsarchief Amsterdam", ["Stadsarchief"]),
            ("ORG", "Projectbureau Noordwaarts", ["Noordwaarts"]),
            ("PROGRAMME", "Centrum Amsterdam Noord (CAN)", ["CAN"]),
            ("OTHER", "kenmerk NO20-05778", [("NO20-05778", False)]),
            ("OTHER", "Gemeenteblad", ["Gemeenteblad"]),
            ("OTHER", "Investeringsbesluit", ["Investeringsbesluit"]),
        ],
    },
    "ams_wob_hondenoverlast_kop_van_jut.pdf": {
        "redact": [
            ("PERSON", "E.M. Overzier, Stadsdeeldirecteur stadsdeel West, signs 'namens dezen' (signature blacked out, "
             "printed name left; page 3 is an image: OCR only)", ["Overzier"]),
        ],
        "keep": [
            ("PLACE", "Kop van Jut", ["Kop van Jut"]),
            ("PLACE", "Westerpark", ["Westerpark"]),
            ("PROGRAMME", "Westerpark in balans", ["Westerpark in balans"]),
            ("OTHER", "job title Programmamanager", ["Programmamanager"]),
            ("OTHER", "Portfeuillehouder", ["Portfeuillehouder"]),
            ("ORG", "SIA (Signalen Informatievoorziening Amsterdam)", ["SIA"]),
            ("PLACE", "Bos en Lommerplein 250 (office address)", ["Bos en Lommerplein"]),
            ("OTHER", "case number Z-20-43401", [("Z-20-43401", False)]),
            ("ORG", "Gemeente Amsterdam", ["Gemeente Amsterdam"]),
        ],
    },
    "ggd_ams_wob_tata_steel.pdf": {
        "redact": [],
        "keep": [
            ("ORG", "GGD Amsterdam", ["GGD Amsterdam"]),
            ("ORG", "Geneeskundige en Gezondheidsdienst Amsterdam", ["Gezondheidsdienst Amsterdam"]),
            ("ORG", "Tata Steel", ["Tata Steel"]),
            ("PLACE", "IJmond", ["IJmond"]),
            ("PROGRAMME", "Luchtkwaliteit IJmond", ["Luchtkwaliteit IJmond"]),
            ("ORG", "Noordhollands Dagblad", ["Noordhollands Dagblad"]),
            ("PLACE", "Aalsmeer", ["Aalsmeer"]),
            ("PLACE", "Ouder-Amstel", [("Ouder-Amstel", False)]),
            ("PLACE", "Haarlemmermeer", ["Haarlemmermeer"]),
            ("LAW", "Wet milieubeheer", ["Wet milieubeheer"]),
            ("OTHER", "SGS Poolschema", ["SGS Poolschema"]),
        ],
    },
    # ------------------------------------------------------------------ ministries and agencies (Wob)
    "rvo_wob_diergegevens_sondel.pdf": {
        "redact": [],
        "keep": [
            ("ORG", "Rijksdienst voor Ondernemend Nederland", ["Rijksdienst voor Ondernemend Nederland"]),
            ("OTHER", "functional mailbox KPEU_Wob@rvo.nl", [("KPEU_Wob@rvo.nl", False)]),
            ("OTHER", "general number 088 042 42 42", ["088 042 42 42"]),
            ("OTHER", "reference Wob/2020/160", [("Wob/2020/160", False)]),
            ("PLACE", "Sondel", ["Sondel"]),
            ("PLACE", "Mandemaat 3 Assen (office address)", ["Mandemaat"]),
            ("ORG", "ministry title Landbouw, Natuur en Voedselkwaliteit", ["Landbouw, Natuur en Voedselkwaliteit"]),
            ("OTHER", "job title Teammanager", ["Teammanager"]),
            ("OTHER", "meitellingen", ["meitellingen"]),
        ],
    },
    "vws_wob_ggz_strategisch_gedrag_xerox.pdf": {
        "redact": [],
        "keep": [
            ("ORG", "Ministerie van Volksgezondheid, Welzijn en Sport", ["Volksgezondheid, Welzijn en Sport"]),
            ("ORG", "GGZ", ["GGZ"]),
            ("PLACE", "Parnassusplein 5 (office address)", ["Parnassusplein 5"]),
            ("OTHER", "general number 070 340 79 11", ["070 340 79 11"]),
            ("ORG", "NZa (OCR layer spells it 'Nza')", ["Nza"]),
            ("ORG", "CPB", ["CPB"]),
            ("ORG", "VWS", ["VWS"]),
            ("ORG", "Directie Wetgeving en Juridische Zaken (WJZ)", ["Directie Wetgeving"]),
            ("OTHER", "Kamervragen", ["Kamervragen"]),
            ("OTHER", "basispakket", ["basispakket"]),
        ],
    },
    "wob_nelson_scanning.pdf": {
        "redact": [],
        "keep": [
            ("ORG", "Ministerie van Justitie en Veiligheid", ["Justitie en Veiligheid"]),
            ("ORG", "Directoraat-Generaal Rechtspleging en Rechtshandhaving", [("Directoraat-Generaal Rechtspleging", False)]),
            ("ORG", "Afdeling JBOZ", ["JBOZ"]),
            ("OFFICE_HOLDER", "Minister voor Rechtsbescherming (role)", ["Minister voor Rechtsbescherming"]),
            ("PROGRAMME", "strafrechtelijk onderzoek Nelson", ["Nelson"]),
            ("PROGRAMME", "deelonderzoek Vanguard", ["Vanguard"]),
            ("ORG", "SHV", ["SHV"]),
            ("ORG", "Mammoet", ["Mammoet"]),
            ("ORG", "Nutreco", ["Nutreco"]),
            ("ORG", "Econosto", ["Econosto"]),
            ("ORG", "De Brauw Blackstone Westbroek", ["De Brauw Blackstone Westbroek"]),
            ("ORG", "Allen & Overy", ["Overy"]),
            ("ORG", "FIOD", ["FIOD"]),
            ("ORG", "Openbaar Ministerie", ["Openbaar Ministerie"]),
            ("PLACE", "Turfmarkt 147 (office address)", ["Turfmarkt 147"]),
            ("OTHER", "kenmerk 3399123", ["3399123"]),
        ],
    },
    "wob_tweede_speelveldtoets_acrobat.pdf": {
        "redact": [
            ("PERSON", "Info/XMP author 'Drenthe, K (Karin) (DJZ/SECR)' (secretariaat DJZ)", [("Drenthe, K (Karin)", False)]),
            ("EMAIL", "civil servant's address h.w.e.dijkhuizen@minfin.nl left in a released e-mail header (OCR text: 'h w e dijkhuizen@minfin nl')",
             ["dijkhuizen"]),
            ("PERSON", "annotation author 'LAMMERS' of a review-state note ('Completed ingesteld door LAMMERS', page 35)",
             ["LAMMERS"]),
        ],
        "keep": [
            ("ORG", "PricewaterhouseCoopers", ["PricewaterhouseCoopers"]),
            ("ORG", "PwC", ["PwC"]),
            ("PROGRAMME", "Speelveldtoets", ["Speelveldtoets"]),
            ("ORG", "ministerie van Economische Zaken en Klimaat", ["Economische Zaken en Klimaat"]),
            ("ORG", "Directie Juridische Zaken", ["Directie Juridische Zaken"]),
            ("PLACE", "Korte Voorhout 7 (office address)", ["Korte Voorhout 7"]),
            ("ORG", "AFEP", ["AFEP"]),
            ("OFFICE_HOLDER", "Jasper Wesseling, directeur-generaal Fiscale Zaken (DG level: stays), in released e-mails",
             ["Jasper Wesseling"]),
            ("ORG", "Director General for Tax and Customs Policy (English title)", ["Tax and Customs Policy"]),
            ("ORG", "EZK", ["EZK"]),
            ("ORG", "Directie Topsectoren", ["Directie Topsectoren"]),
            ("OTHER", "BlackBerry Work (product, mail footer)", ["BlackBerry Work"]),
            ("OTHER", "General Terms and Conditions (English, PwC footer)", ["General Terms"]),
            ("OTHER", "kenmerk 2021-0000023847", [("2021-0000023847", False)]),
        ],
    },
    "ienw_wob_besluit_2021_24.pdf": {
        "redact": [],
        "keep": [
            ("ORG", "Nationale Ombudsman", ["Nationale Ombudsman"]),
            ("ORG", "Ministerie van Infrastructuur en Waterstaat", ["Infrastructuur en Waterstaat"]),
            ("OTHER", "functional mailbox Wob-loket@minienw.nl", [("loket@minienw.nl", False)]),
            ("ORG", "Hoofddirectie Bestuurlijke & Juridische Zaken", ["Hoofddirectie Bestuurlijke"]),
            ("ORG", "HBJZ", ["HBJZ"]),
            ("PLACE", "Lelystad Airport", ["Lelystad Airport"]),
            ("LAW", "Algemene wet bestuursrecht", ["Algemene wet bestuursrecht"]),
        ],
    },
}
