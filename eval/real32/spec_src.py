"""Hand-written gold specification for eval/real32 (read from the PDFs' text, rendered pages, OCR of
image pages and metadata).

Per document: redact items (kind, value, [probes]) and keep items (kind, value, [probes]).
A probe is a string (word-anchored) or a (string, word) pair. make_gold.py turns this into
gold/*.json: redact probes get after=0, keep probes get after = their count in the PDFium text of
the original (keep probes with count 0 are dropped with a warning).

Rules (see README.md): civil servants and private persons are redacted (contact persons and their
personal e-mail addresses in the side column of a Den Haag college pre-advice, Info/XMP authors who are
civil servants, insprekers in council minutes, a civil servant named in debate); office holders in
their public role (burgemeester, wethouders, raadsleden, the raadsgriffier, the gemeentesecretaris, the
Jeugdombudsman appointed by the council, plaatsvervangend secretarissen-generaal who sign Wob decisions
namens the minister) stay, as do organisations, places, streets named after people, programmes, laws,
functional mailboxes and general numbers.
"""

_MERX = ("OFFICE_HOLDER", "Ilma Merx, gemeentesecretaris Den Haag (co-signs college letters)", ["Ilma Merx"])
_ZANEN = ("OFFICE_HOLDER", "Jan van Zanen, burgemeester Den Haag", ["Jan van Zanen"])
_DH = ("ORG", "Gemeente Den Haag", ["Gemeente Den Haag"])
_T14070 = ("OTHER", "general number 14070", ["14070"])
_SPUI = ("PLACE", "Spui 70 (town hall address)", ["Spui 70"])
_DSO = ("ORG", "Dienst Stedelijke Ontwikkeling", ["Dienst Stedelijke Ontwikkeling"])
_GRIFFIER_SIG = ("OFFICE_HOLDER", "raadsgriffier L. Blankwaard Rombouts (ValidSigned line)", ["Blankwaard Rombouts"])
_AMS = ("ORG", "Gemeente Amsterdam", ["Gemeente Amsterdam"])
_AMS14020 = ("OTHER", "general number 14 020", ["14 020"])
_AMS14020b = ("OTHER", "general number 14020", ["14020"])
_RB_AMS = ("ORG", "Rechtbank Amsterdam", ["Rechtbank Amsterdam"])
_WOB = ("LAW", "Wob", ["Wob"])
_BEZWAAR_AMS = ("OTHER", "functional mailbox bezwaarenberoep@amsterdam.nl", [("bezwaarenberoep@amsterdam.nl", False)])
_SDN = ("OTHER", "functional mailbox Wob.coördinatie.sdn@amsterdam.nl",
        [("coördinatie.sdn@amsterdam.nl", False)])


def _preadvies(extra_keep):
    return [_MERX, _ZANEN, _DH, _T14070, _SPUI] + extra_keep


SPEC = {
    # ------------------------------------------------------------------ Den Haag pre-advices (Word 365)
    "dh_preadvies_leesniveau_haagse_kinderen.pdf": {
        "redact": [
            ("PERSON", "Edward Severin, contact person OCW", ["Edward Severin"]),
            ("EMAIL", "edward.severin@denhaag.nl", [("edward.severin@denhaag.nl", False)]),
        ],
        "keep": _preadvies([
            ("ORG", "Dienst Onderwijs, Cultuur en Welzijn", ["Dienst Onderwijs, Cultuur en Welzijn"]),
            ("ORG", "OCW Stad en Bestuur", ["OCW Stad en Bestuur"]),
            ("OFFICE_HOLDER", "raadslid de heer Bom (initiator)", ["heer Bom"]),
            ("ORG", "Bibliotheek Den Haag", ["Bibliotheek Den Haag"]),
            ("PROGRAMME", "Actieplan Taal", ["Actieplan Taal"]),
            ("PROGRAMME", "BoekStart", ["BoekStart"]),
            ("PROGRAMME", "VoorleesExpress", ["VoorleesExpress"]),
            ("ORG", "Stichting Lezen", ["Stichting Lezen"]),
            ("ORG", "Haagse Voedselbank", ["Haagse Voedselbank"]),
            ("ORG", "Vadercentrum Laak", ["Vadercentrum Laak"]),
            ("PLACE", "Mariahoeve", ["Mariahoeve"]),
            ("OTHER", "RIS320005", ["RIS320005"]),
            ("OTHER", "kenmerk OCW/10837714", [("OCW/10837714", False)]),
        ]),
    },
    "dh_preadvies_game_hoofdstad.pdf": {
        "redact": [
            ("PERSON", "Arjen van Tellingen, contact person DSO", ["Arjen van Tellingen"]),
            ("EMAIL", "arjen.vantellingen@denhaag.nl", [("arjen.vantellingen@denhaag.nl", False)]),
            ("PERSON", "Info/XMP author Rick Zijderveld", ["Rick Zijderveld"]),
        ],
        "keep": _preadvies([
            _DSO,
            ("ORG", "DSO Economie", ["DSO Economie"]),
            ("OFFICE_HOLDER", "raadslid Ralf Sluis (initiator; spelled so here)", ["Ralf"]),
            ("ORG", "Hart voor Den Haag", ["Hart voor Den Haag"]),
            ("ORG", "Nintendo", ["Nintendo"]),
            ("ORG", "Playstation", ["Playstation"]),
            ("ORG", "Dutch Game Garden", ["Dutch Game Garden"]),
            ("ORG", "Jaarbeurs", ["Jaarbeurs"]),
            ("OTHER", "Dutch Comic Con", ["Dutch Comic Con"]),
            ("OTHER", "Pokémon GO", ["Pokémon GO"]),
            ("PLACE", "Kijkduin", ["Kijkduin"]),
            ("PLACE", "Rotterdam", ["Rotterdam"]),
            ("OTHER", "English term Immersive Tech", ["Immersive Tech"]),
            ("OTHER", "English term Legal & Policy", [("Legal & Policy", False)]),
            ("OTHER", "RIS321565", ["RIS321565"]),
        ]),
    },
    "dh_preadvies_napels_aan_de_noordzee.pdf": {
        "redact": [
            ("PERSON", "Jethro Steijvers, contact person DSB", ["Jethro Steijvers"]),
            ("PERSON", "Eva Sprinkhuizen, contact person DSB", ["Eva Sprinkhuizen"]),
            ("EMAIL", "jethro.steijvers@denhaag.nl", [("jethro.steijvers@denhaag.nl", False)]),
            ("EMAIL", "eva.sprinkhuizen@denhaag.nl", [("eva.sprinkhuizen@denhaag.nl", False)]),
        ],
        "keep": _preadvies([
            ("ORG", "Dienst Stadsbeheer", ["Dienst Stadsbeheer"]),
            ("OFFICE_HOLDER", "raadslid Martinez van Andel (initiator)", ["Martinez van Andel"]),
            ("PROGRAMME", "Aanvalsplan Afval", ["Aanvalsplan Afval"]),
            ("ORG", "ORAC", ["ORAC"]),
            ("ORG", "Haagse Pandbrigade", ["Haagse Pandbrigade"]),
            ("ORG", "Haagse Milieu Services / HMS", ["HMS"]),
            ("ORG", "Haag Wonen", ["Haag Wonen"]),
            ("ORG", "Gemeente Enschede", ["Gemeente Enschede"]),
            ("ORG", "VNG", ["VNG"]),
            ("OTHER", "Holle Bolle Gijs", ["Holle Bolle Gijs"]),
            ("PLACE", "Transvaal", ["Transvaal"]),
            ("PLACE", "Singapore", ["Singapore"]),
            ("OTHER", "RIS319200", ["RIS319200"]),
        ]),
    },
    "dh_preadvies_world_forum.pdf": {
        "redact": [
            ("PERSON", "Lisa Bosscher, contact person DSO", ["Lisa Bosscher"]),
            ("EMAIL", "lisa.bosscher@denhaag.nl", [("lisa.bosscher@denhaag.nl", False)]),
        ],
        "keep": _preadvies([
            _DSO,
            ("OFFICE_HOLDER", "raadsleden De Mos en Sluijs (initiators)", ["De Mos", "Sluijs"]),
            ("PLACE", "World Forum", ["World Forum"]),
            ("ORG", "The Hague Convention Bureau", ["The Hague Convention Bureau"]),
            ("ORG", "THCB", ["THCB"]),
            ("PLACE", "Internationale Zone", ["Internationale Zone"]),
            ("PLACE", "Fokker Terminal", ["Fokker Terminal"]),
            ("OTHER", "RIS319709", ["RIS319709"]),
        ]),
    },
    "dh_preadvies_zeehelden_kijkduin.pdf": {
        "redact": [
            ("PERSON", "Gwendolyn Vluggen, contact person DSO", ["Gwendolyn Vluggen"]),
            ("EMAIL", "gwendolyn.vluggen@denhaag.nl", [("gwendolyn.vluggen@denhaag.nl", False)]),
        ],
        "keep": _preadvies([
            _DSO,
            ("OFFICE_HOLDER", "raadslid de heer De Mos (initiator)", ["De Mos"]),
            ("PLACE", "Michiel de Ruyterplein (proposed street name)", ["Michiel de Ruyterplein"]),
            ("PLACE", "Trompboulevard (proposed street name)", ["Trompboulevard"]),
            ("PLACE", "Deltaplein", ["Deltaplein"]),
            ("PLACE", "Hoek van Hollandlaan", ["Hoek van Hollandlaan"]),
            ("PLACE", "Kijkduin", ["Kijkduin"]),
            ("OTHER", "RIS319697", ["RIS319697"]),
        ]),
    },
    "dh_preadvies_noordboulevard.pdf": {
        "redact": [
            ("PERSON", "Angelique Hadel, contact person DSO", ["Angelique Hadel"]),
            ("EMAIL", "angelique.hadel@denhaag.nl", [("angelique.hadel@denhaag.nl", False)]),
        ],
        "keep": _preadvies([
            _DSO,
            ("ORG", "DSO Projecten", ["DSO Projecten"]),
            ("OFFICE_HOLDER", "raadslid de heer de Ridder (initiator)", ["de Ridder"]),
            ("PLACE", "Noordboulevard", ["Noordboulevard"]),
            ("PLACE", "Scheveningse boulevard", ["Scheveningse boulevard"]),
            ("ORG", "HTM", ["HTM"]),
            ("OTHER", "RIS319342", ["RIS319342"]),
        ]),
    },
    # ------------------------------------------------------------------ Den Haag college letters (Ghostscript)
    "dh_afdoening_motie_collectief_huurbescherming_ghostscript.pdf": {
        "redact": [
            ("PERSON", "Jordy Wehrmann, contact person DSO Wonen", ["Jordy Wehrmann"]),
            ("EMAIL", "jordy.wehrmann@denhaag.nl", [("jordy.wehrmann@denhaag.nl", False)]),
        ],
        "keep": _preadvies([
            ("ORG", "DSO Wonen", ["DSO Wonen"]),
            ("OFFICE_HOLDER", "raadslid de heer Thepass (indiener)", ["Thepass"]),
            ("ORG", "Meldpunt Ongewenst Verhuurgedrag", ["Meldpunt Ongewenst Verhuurgedrag"]),
            ("ORG", "Het Huurteam", ["Huurteam"]),
            ("ORG", "Haagse Pandbrigade", ["Haagse Pandbrigade"]),
            ("OTHER", "English term Tenant Unions", ["Tenant Unions"]),
            ("OTHER", "RIS321672", ["RIS321672"]),
            ("OTHER", "kenmerk DSO/10893082", [("DSO/10893082", False)]),
        ]),
    },
    "dh_afdoening_motie_willem_royaardsplein_ghostscript.pdf": {
        "redact": [
            ("PERSON", "Annita Klijn, contact person DSO Projecten", ["Annita Klijn"]),
            ("EMAIL", "annita.klijn@denhaag.nl", [("annita.klijn@denhaag.nl", False)]),
        ],
        "keep": _preadvies([
            _DSO,
            ("OFFICE_HOLDER", "raadslid mevrouw De Groot (indiener)", ["De Groot"]),
            ("PLACE", "Willem Royaardsplein (street named after a person)", ["Willem Royaardsplein"]),
            ("PLACE", "Cees Laseurlaan (street named after a person)", ["Cees Laseurlaan"]),
            ("ORG", "Amerikaanse Kerk", ["Amerikaanse Kerk"]),
            ("OTHER", "RIS322543", ["RIS322543"]),
            ("OTHER", "RIS320219", ["RIS320219"]),
        ]),
    },
    "dh_afdoening_motie_schroeder_van_der_kolk_ghostscript.pdf": {
        "redact": [
            ("PERSON", "Montserrat Beijl, contact person OCW", ["Montserrat Beijl"]),
            ("EMAIL", "montserrat.beijl@denhaag.nl", [("montserrat.beijl@denhaag.nl", False)]),
        ],
        "keep": _preadvies([
            ("ORG", "OCW Stad en Bestuur", ["OCW Stad en Bestuur"]),
            ("OFFICE_HOLDER", "raadslid de heer Bom (indiener)", ["heer Bom"]),
            ("ORG", "Stichting Schroeder van der Kolk (organisation named after persons)", ["Schroeder van der Kolk"]),
            ("ORG", "Den Haag Werkt", ["Den Haag Werkt"]),
            ("LAW", "WMO", ["WMO"]),
            ("OTHER", "RIS322560", ["RIS322560"]),
        ]),
    },
    "dh_afdoening_motie_sociale_veiligheid_ov_ghostscript.pdf": {
        "redact": [
            ("PERSON", "Stijn Terloo, contact person DSO Mobiliteit", ["Stijn Terloo"]),
            ("EMAIL", "marit.redeker@denhaag.nl (a second civil servant's address beside him)", [("marit.redeker@denhaag.nl", False)]),
        ],
        "keep": _preadvies([
            _DSO,
            ("ORG", "DSO Mobiliteit", ["DSO Mobiliteit"]),
            ("OFFICE_HOLDER", "raadslid mevrouw Peeck (indiener)", ["Peeck"]),
            ("ORG", "HTM", ["HTM"]),
            ("ORG", "EBS", ["EBS"]),
            ("ORG", "MRDH", ["MRDH"]),
            ("OTHER", "RIS322171", ["RIS322171"]),
        ]),
    },
    "dh_afdoening_motie_mariahoeve_ghostscript.pdf": {
        "redact": [
            ("PERSON", "Annemarie Moen, contact person DSO Projecten", ["Annemarie Moen"]),
            ("EMAIL", "annemarie.moen@denhaag.nl", [("annemarie.moen@denhaag.nl", False)]),
        ],
        "keep": _preadvies([
            _DSO,
            ("OFFICE_HOLDER", "raadslid de heer Ahraui (indiener)", ["Ahraui"]),
            ("PLACE", "Winkelcentrum Mariahoeve", ["Winkelcentrum Mariahoeve"]),
            ("PROGRAMME", "PUK", ["PUK"]),
            ("OTHER", "RIS321446", ["RIS321446"]),
            ("OTHER", "RIS321151", ["RIS321151"]),
        ]),
    },
    "dh_afdoening_motie_haags_icoon_word365.pdf": {
        "redact": [
            ("PERSON", "Laura van der Velde ten Hove, contact person DSO Projecten", ["Laura van der Velde ten Hove"]),
            ("EMAIL", "laura.tenhove@denhaag.nl", [("laura.tenhove@denhaag.nl", False)]),
            ("PERSON", "Info/XMP author Rick Zijderveld", ["Rick Zijderveld"]),
        ],
        "keep": _preadvies([
            _DSO,
            ("ORG", "DSO Projecten", ["DSO Projecten"]),
            ("OFFICE_HOLDER", "raadslid mevrouw Arp (indiener)", ["Arp"]),
            ("PLACE", "Pletterijkade", ["Pletterijkade"]),
            ("PLACE", "Rijswijkseplein", ["Rijswijkseplein"]),
            ("OTHER", "RIS321221", ["RIS321221"]),
            ("OTHER", "RIS320293", ["RIS320293"]),
        ]),
    },
    "dh_afdoening_motie_erfpacht_word365.pdf": {
        "redact": [
            ("PERSON", "Wilbert Verweij, contact person DSO", ["Wilbert Verweij"]),
            ("EMAIL", "wilbert.verweij@denhaag.nl", [("wilbert.verweij@denhaag.nl", False)]),
        ],
        "keep": _preadvies([
            _DSO,
            ("ORG", "DSO Expertise, Beleid & Erfpacht", [("DSO Expertise, Beleid & Erfpacht", False)]),
            ("OFFICE_HOLDER", "raadslid mevrouw de Groot (indiener)", ["de Groot"]),
            ("OTHER", "RIS321452", ["RIS321452"]),
            ("OTHER", "RIS321169", ["RIS321169"]),
        ]),
    },
    "dh_afdoening_motie_app_straatintimidatie_word365.pdf": {
        "redact": [
            ("PERSON", "Linsey van der Maarel, contact person OCW", ["Linsey van der Maarel"]),
            ("EMAIL", "linsey.vandermaarel@denhaag.nl", [("linsey.vandermaarel@denhaag.nl", False)]),
        ],
        "keep": [_MERX, _DH, _T14070, _SPUI,
            ("OFFICE_HOLDER", "locoburgemeester Robert van Asten (signs)", ["Robert van Asten"]),
            ("ORG", "OCW Stad en Bestuur", ["OCW Stad en Bestuur"]),
            ("OFFICE_HOLDER", "raadslid mevrouw Mostert (indiener)", ["Mostert"]),
            ("ORG", "Stichting Stop Straatintimidatie", ["Stichting Stop Straatintimidatie"]),
            ("PROGRAMME", "Living Lab Scheveningen", ["Living Lab Scheveningen"]),
            ("PROGRAMME", "Smart City", ["Smart City"]),
            ("OTHER", "Slim Strandnet", ["Slim Strandnet"]),
            ("OTHER", "RIS322159", ["RIS322159"]),
        ],
    },
    "dh_afdoening_motie_van_alkemadelaan_word365.pdf": {
        "redact": [
            ("EMAIL", "ilona.vanrijnsoever@denhaag.nl (beside the functional contact 'Werkverdeler 3')",
             [("ilona.vanrijnsoever@denhaag.nl", False)]),
        ],
        "keep": _preadvies([
            _DSO,
            ("OTHER", "functional contact Werkverdeler 3", ["Werkverdeler 3"]),
            ("ORG", "DSO Mobiliteit", ["DSO Mobiliteit"]),
            ("OFFICE_HOLDER", "raadslid de heer Mekers (indiener)", ["Mekers"]),
            ("PLACE", "Van Alkemadelaan (street named after a person)", ["Van Alkemadelaan"]),
            ("OTHER", "RIS322303", ["RIS322303"]),
        ]),
    },
    "dh_afdoening_motie_jeugdhulp_word365.pdf": {
        "redact": [
            ("PERSON", "Arjen Stroo, contact person OCW", ["Arjen Stroo"]),
            ("EMAIL", "arjen.stroo@denhaag.nl", [("arjen.stroo@denhaag.nl", False)]),
            ("EMAIL", "rick.ooms@denhaag.nl, a civil servant's address inside an Outlook safelinks URL of a link "
             "annotation (URL-encoded rick.ooms%40denhaag.nl; annotations and raw bytes only)", [("rick.ooms", False)]),
        ],
        "keep": _preadvies([
            ("ORG", "OCW Stad en Bestuur", ["OCW Stad en Bestuur"]),
            ("OFFICE_HOLDER", "raadslid mevrouw Verdonk (indiener)", ["Verdonk"]),
            ("ORG", "commissie Van Ark (Deskundigencommissie Hervormingsagenda Jeugd)", ["commissie Van Ark"]),
            ("PROGRAMME", "Hervormingsagenda Jeugd", ["Hervormingsagenda Jeugd"]),
            ("ORG", "Veilig Thuis", ["Veilig Thuis"]),
            ("LAW", "Wet Maatschappelijke Ondersteuning", ["Wet Maatschappelijke Ondersteuning"]),
            ("LAW", "WLZ", ["WLZ"]),
            ("PROGRAMME", "Beschermd Wonen", ["Beschermd Wonen"]),
            ("OTHER", "RIS321647", ["RIS321647"]),
        ]),
    },
    # ------------------------------------------------------------------ Den Haag presidium, decision list
    "dh_presidium_benoeming_jeugdombudsman.pdf": {
        "redact": [
            ("PERSON", "Info/XMP author Sushil Goedan (griffie)", ["Sushil Goedan"]),
        ],
        "keep": [
            ("OFFICE_HOLDER", "Coby van der Kooi, appointed Jeugdombudsman / plv. ombudsman by the council",
             ["Coby van der Kooi"]),
            ("ORG", "Gemeentelijke ombudsman", ["Gemeentelijke ombudsman"]),
            ("LAW", "Gemeentewet", ["Gemeentewet"]),
            ("OTHER", "article 81q", ["81q"]),
            ("OTHER", "RIS321531", ["RIS321531"]),
            ("OTHER", "GRF316670", ["GRF316670"]),
            _T14070, _SPUI,
        ],
    },
    "dh_presidium_raadsrapporteurs_zuidwest.pdf": {
        "redact": [
            ("PERSON", "Info/XMP author Wiebe Postma (griffie)", ["Wiebe Postma"]),
        ],
        "keep": [
            ("OFFICE_HOLDER", "raadslid de heer Van den Bosch (PvdD; spelled so)", ["Van den Bosch"]),
            ("OFFICE_HOLDER", "raadslid de heer Martini", ["Martini"]),
            ("ORG", "Partij voor de Dieren", ["Partij voor de Dieren"]),
            ("ORG", "Hart voor Den Haag", ["Hart voor Den Haag"]),
            ("PLACE", "Den Haag Zuidwest", ["Den Haag Zuidwest"]),
            ("OTHER", "Amare rapport", ["Amare"]),
            ("OTHER", "RIS321339", ["RIS321339"]),
            ("OTHER", "RIS320428", ["RIS320428"]),
            _T14070,
        ],
    },
    "dh_besluitenlijst_raad_20250612.pdf": {
        "redact": [
            ("PERSON", "Info/XMP author Carla van der Woude (griffie)", ["Carla van der Woude"]),
        ],
        "keep": [
            ("OFFICE_HOLDER", "raadsleden (attendance list)",
             ["Ahraui", "Assad", "Van Basten Batenburg", "Bingöl", "Dubbelaar", "Dumoulin", "Etalle",
              "Guernaoui", "Klokkenburg-Reedeker", "Mahmood", "Martinez van Andel", "Meinesz", "Noorlander",
              "Partiman", "Peeck", "Sewtahal", "Thepass", "Uduba", "Baboeram", "Faïd"]),
            ("ORG", "parties", ["Hart voor Den Haag", "PvdD", "DENK", "CU/SGP", "HSP"]),
            ("PLACE", "Brasserskade", ["Brasserskade"]),
            ("ORG", "Omgevingsdienst Haaglanden", ["Omgevingsdienst Haaglanden"]),
            ("OTHER", "RIS322212 (Voorjaarsnota 2025)", ["RIS322212"]),
            ("OTHER", "Stad in de raad", ["Stad in de raad"]),
        ],
    },
    "dh_ontwerpbesluit_omgevingsvergunning_pdfium.pdf": {
        "redact": [],
        "keep": [
            ("PLACE", "Willem Royaardsplein (street named after a person)", ["Willem Royaardsplein"]),
            ("PLACE", "Theo Mann-Bouwmeesterlaan (street named after a person)", ["Theo Mann-Bouwmeesterlaan"]),
            ("PLACE", "Esther de Boer-van Rijklaan (street named after a person)", ["Esther de Boer-van Rijklaan"]),
            ("PLACE", "Stalpertstraat", ["Stalpertstraat"]),
            ("PLACE", "winkelcentrum Duinzigt", ["Duinzigt"]),
            ("PLACE", "Leyweg 813", ["Leyweg 813"]),
            ("ORG", "Omgevingsdienst Haaglanden", ["Omgevingsdienst Haaglanden"]),
            ("ORG", "ODH", ["ODH"]),
            ("ORG", "Gedeputeerde Staten van Zuid-Holland", ["Gedeputeerde Staten van Zuid-Holland"]),
            ("ORG", "Dunea N.V.", ["Dunea"]),
            ("ORG", "ingenieursburo Van Nunen B.V. (company)", [("Nunen B.V.", False)]),
            ("OTHER", "functional mailbox archeologie@denhaag.nl", [("archeologie@denhaag.nl", False)]),
            ("OTHER", "functional mailbox bodeminformatiepunt@denhaag.nl", [("bodeminformatiepunt@denhaag.nl", False)]),
            ("OTHER", "functional mailbox vergunningen@odh.nl", [("vergunningen@odh.nl", False)]),
            ("OTHER", "general number 070-3536639", [("070-3536639", False)]),
            ("LAW", "Wet ruimtelijke ordening", ["Wet ruimtelijke ordening"]),
            ("LAW", "Bouwbesluit", ["Bouwbesluit"]),
            ("LAW", "Woningwet", ["Woningwet"]),
            ("OTHER", "kenmerk 202015352/8750477", [("202015352/8750477", False)]),
            _DH,
        ],
    },
    # ------------------------------------------------------------------ Den Haag council minutes 14 Nov 2024
    "dh_notulen_raad_20241114.pdf": {
        "redact": [
            ("PERSON", "inspreker F. Molkenboer-Schneider (Florentine Molkenboer)", ["Molkenboer"]),
            ("PERSON", "inspreker C. van Diepen", ["Van Diepen"]),
            ("PERSON", "inspreker Anne Willemsen", ["Willemsen"]),
            ("PERSON", "inspreker A. Helmling", ["Helmling"]),
            ("PERSON", "inspreker P. Drijver", ["Drijver"]),
            ("PERSON", "inspreker Poelsma", ["Poelsma"]),
            ("PERSON", "inspreker K.A.G. De Winter", ["De Winter"]),
            ("PERSON", "inspreker A. van Oorschot (AVN)", ["Oorschot"]),
            ("PERSON", "inspreker Van Kretchmar (Wijkvereniging Duttendel Wittebrug)", ["Kretchmar"]),
            ("PERSON", "inspreker E. Goldbach", ["Goldbach"]),
            ("PERSON", "civil servant named by an inspreker (de heer Birnage)", ["Birnage"]),
        ],
        "keep": [
            ("OFFICE_HOLDER", "burgemeester / voorzitter Van Zanen", ["Van Zanen"]),
            ("OFFICE_HOLDER", "raadsgriffier Blankwaard-Rombouts", ["Blankwaard-Rombouts"]),
            ("OFFICE_HOLDER", "wethouders",
             ["Wethouder Kapteijns", "Wethouder Vavier", "Wethouder Bredemeijer", "Wethouder Icar",
              "Wethouder Barker", "Wethouder Bruines", "Wethouder Balster"]),
            ("OFFICE_HOLDER", "raadsleden (speakers)",
             ["Richard de Mos", "Lotte van Basten Batenburg", "Maarten De Vuyst", "Leonie Gerritsen",
              "Kavish Partiman", "Lesley Arp", "Marieke van Doorn", "Judith Klokkenburg", "Adeel Mahmood",
              "Ralf Sluijs", "Janneke Holman", "Vincent Thepass", "Rutger de Ridder", "Constant Martini",
              "Arjen Dubbelaar"]),
            ("ORG", "Koninklijke HC & VV", [("Koninklijke HC & VV", False)]),
            ("ORG", "West Den Haag", ["West Den Haag"]),
            ("ORG", "Veilig Verkeer Nederland", ["Veilig Verkeer Nederland"]),
            ("ORG", "Heijmans", ["Heijmans"]),
            ("ORG", "Staedion", ["Staedion"]),
            ("ORG", "AVN", ["AVN"]),
            ("ORG", "Wijkvereniging Duttendel Wittebrug", ["Wijkvereniging Duttendel Wittebrug"]),
            ("PLACE", "Van Hogenhoucklaan (street named after a person)", ["Van Hogenhoucklaan"]),
            ("PLACE", "Plesmanduin", ["Plesmanduin"]),
            ("PLACE", "Sportlaan", ["Sportlaan"]),
            ("PLACE", "Noordelijk Havenhoofd", ["Noordelijk Havenhoofd"]),
            ("PLACE", "Paramaribo", ["Paramaribo"]),
            ("OFFICE_HOLDER", "Klaas Knot, president De Nederlandsche Bank (public role, quoted)", ["Klaas Knot"]),
            ("PROGRAMME", "Programmabegroting 2025-2028", ["Programmabegroting 2025-2028"]),
            ("OTHER", "Stad in de raad", ["Stad in de raad"]),
        ],
    },
    # ------------------------------------------------------------------ Gemeente Amsterdam Wob decisions
    "ams_wob_postzegelpark_deelbesluit1.pdf": {
        "redact": [
            ("PERSON", "E.M. Overzier, Stadsdeeldirecteur West, printed under the signature (image page, OCR only)", ["Overzier"]),
        ],
        "keep": [_AMS, _RB_AMS, _WOB,
                 ("OTHER", "kenmerk Z/20/43414", [("Z/20/43414", False)]),
                 ("OTHER", "job title klachtencoördinator", ["klachtencoördinator"]),
                 ("ORG", "Afdeling Publiekrecht", ["Afdeling Publiekrecht"])],
    },
    "ams_wob_woningdelen_mail_14dec_scan.pdf": {
        "redact": [
            ("ADDRESS", "sender's address in the web-form mail to the wethouder (Muiderstraat 1, 1011 PZ; image, OCR only)",
             ["Muiderstraat 1", "1011 PZ"]),
        ],
        "keep": [],
    },
    "ams_wob_postzegelpark_deelbesluit6.pdf": {
        "redact": [
            ("PERSON", "E.M. Overzier, Stadsdeeldirecteur West, printed under the signature (image page, OCR only)", ["Overzier"]),
        ],
        "keep": [_AMS, _RB_AMS, _WOB,
                 ("OTHER", "kenmerk Z/20/43414", [("Z/20/43414", False)]),
                 ("OTHER", "job title gebiedsmakelaar", ["gebiedsmakelaar"]),
                 ("ORG", "Juridisch Bureau", ["Juridisch Bureau"])],
    },
    "ams_wob_project_noordeinde.pdf": {
        "redact": [],
        "keep": [_AMS, _WOB, _SDN, _AMS14020b,
                 ("PLACE", "Buikslotermeerplein 2000", ["Buikslotermeerplein 2000"]),
                 ("PLACE", "speelplek de Wasknijper", ["Wasknijper"]),
                 ("PLACE", "Elzenhagen", ["Elzenhagen"]),
                 ("ORG", "Stadsdeel Noord", ["Stadsdeel Noord"]),
                 ("OTHER", "kenmerk NO20-05768", [("NO20-05768", False)])],
    },
    "ams_wob_bouwterrein_van_gelder.pdf": {
        "redact": [],
        "keep": [_AMS, _WOB, _SDN, _RB_AMS, _AMS14020b,
                 ("ORG", "Van Gelder (construction company)", ["Van Gelder"]),
                 ("PLACE", "Meeuwenlaan", ["Meeuwenlaan"]),
                 ("PLACE", "Zamenhofstraat", ["Zamenhofstraat"]),
                 ("ORG", "Bestuurscommissie Noord", ["Bestuurscommissie Noord"]),
                 ("ORG", "Werkgroep Werk in Uitvoering", ["Werkgroep Werk in Uitvoering"]),
                 ("OTHER", "kenmerk NO20-05776", [("NO20-05776", False)])],
    },
    "ams_wob_warmoes.pdf": {
        "redact": [],
        "keep": [_AMS, _WOB, _RB_AMS, _AMS14020,
                 ("PLACE", "Warmoesstraat", ["Warmoesstraat"]),
                 ("PLACE", "Amstel 1", ["Amstel 1"]),
                 ("ORG", "Stadsdeel Centrum", ["Stadsdeel Centrum"]),
                 ("LAW", "Woningwet", ["Woningwet"]),
                 ("OTHER", "kenmerk CE20-07708", [("CE20-07708", False)])],
    },
    "ams_wob_besluit_24jul2020.pdf": {
        "redact": [],
        "keep": [_AMS, _WOB, _BEZWAAR_AMS, _AMS14020,
                 ("ORG", "Bureau Integriteit", ["Bureau Integriteit"]),
                 ("LAW", "Wet Bibob", ["Bibob"]),
                 ("LAW", "Wpg", ["Wpg"]),
                 ("OTHER", "Los Santos (name in the request)", ["Los Santos"]),
                 ("PLACE", "Spuistraat", ["Spuistraat"]),
                 ("OTHER", "kenmerk CE20-07524", [("CE20-07524", False)])],
    },
    "ams_wob_werkinstructie_omnipage.pdf": {
        "redact": [],
        "keep": [_WOB, _AMS14020,
                 ("ORG", "Grond en Ontwikkeling", ["Grond en Ontwikkeling"]),
                 ("ORG", "Directie Juridische Zaken", ["Directie Juridische Zaken"]),
                 ("PLACE", "Weesperplein 8", ["Weesperplein 8"]),
                 ("OTHER", "College van Burgemeester en Wethouders", ["College van Burgemeester en Wethouders"])],
    },
    # ------------------------------------------------------------------ ministries and agencies
    "vws_wob_immunoglobulines_scanning.pdf": {
        "redact": [],
        "keep": [
            ("OFFICE_HOLDER", "plv. secretaris-generaal VWS who signs namens the minister (mw. A.I. Norville)", ["Norville"]),
            ("ORG", "Juridische Zaken (Directie WJZ)", ["Juridische Zaken"]),
            ("OTHER", "functional mailbox WJZ.bezwaarenberoep@minvws.nl", [("WJZ.bezwaarenberoep@minvws.nl", False)]),
            ("PLACE", "Parnassusplein 5", ["Parnassusplein 5"]),
            ("OTHER", "general number 070 340 79 11", [("070 340 79 11", False)]),
            ("ORG", "Sanquin", ["Sanquin"]),
            ("OTHER", "TNF-alfaremmers", ["TNF-alfaremmers"]),
            ("OTHER", "immunoglobulines", ["immunoglobulines"]),
            ("ORG", "MT DGCZ", ["MT DGCZ"]),
            _WOB,
        ],
    },
    "rvo_wob_percelen_drachten.pdf": {
        "redact": [],
        "keep": [
            ("ORG", "Rijksdienst voor Ondernemend Nederland", ["Rijksdienst voor Ondernemend Nederland"]),
            ("ORG", "RVO", ["RVO"]),
            ("OTHER", "functional mailbox KPEU_Wob@rvo.nl", [("KPEU_Wob@rvo.nl", False)]),
            ("OTHER", "general number 088 042 42 42", [("088 042 42 42", False)]),
            ("PLACE", "Mandemaat 3", ["Mandemaat 3"]),
            ("PLACE", "Drachten", ["Drachten"]),
            ("PLACE", "Halsteren", ["Halsteren"]),
            ("PLACE", "Oosterhout", ["Oosterhout"]),
            ("PLACE", "Wijdewormer", ["Wijdewormer"]),
            ("OTHER", "job title Teammanager Afdeling Vergunningen", ["Teammanager Afdeling Vergunningen"]),
            ("OTHER", "reference Wob/2020/171", [("Wob/2020/171", False)]),
            _WOB,
        ],
    },
    "wob_detailhandel_lockdown.pdf": {
        "redact": [],
        "keep": [
            ("ORG", "Bureau Bestuursraad", ["Bureau Bestuursraad"]),
            ("ORG", "BBR", ["BBR"]),
            ("PLACE", "Bezuidenhoutseweg 73", ["Bezuidenhoutseweg 73"]),
            ("OTHER", "Whatsapp / Signal (message types)", ["Whatsapp", "Signalberichten"]),
            ("LAW", "Grondwet", ["Grondwet"]),
            ("OTHER", "kenmerk BBR / 21224968", [("BBR / 21224968", False)]),
            ("ORG", "Wetgeving en Juridische Zaken", ["Wetgeving en Juridische Zaken"]),
            _WOB,
        ],
    },
    "lnv_wob_nertsensector.pdf": {
        "redact": [],
        "keep": [
            ("OFFICE_HOLDER", "Mw. E. Heijblom, plaatsvervangend secretaris-generaal LNV (signs namens the minister)", ["Heijblom"]),
            ("ORG", "Directie Dierlijke Agroketens", ["Directie Dierlijke Agroketens"]),
            ("ORG", "DGA-DAD", ["DGA-DAD"]),
            ("ORG", "RIVM", ["RIVM"]),
            ("ORG", "Veiligheidsregio Brabant", ["Veiligheidsregio Brabant"]),
            ("ORG", "OMT", ["OMT"]),
            ("ORG", "LNV", ["LNV"]),
            ("OTHER", "SARS-CoV-2", [("SARS-CoV-2", False)]),
            ("LAW", "AVG", ["AVG"]),
            ("PLACE", "Bezuidenhoutseweg 73", ["Bezuidenhoutseweg 73"]),
            ("OTHER", "general number 070 379 8911", [("070 379 8911", False)]),
            _WOB,
        ],
    },
    "wob_inventarislijst.pdf": {
        "redact": [],
        "keep": [
            ("PROGRAMME", "AERIUS Calculator", ["AERIUS Calculator"]),
            ("ORG", "BIJ12", ["BIJ12"]),
            ("ORG", "IENW", ["IENW"]),
            ("ORG", "RWS", ["RWS"]),
            ("ORG", "RIVM", ["RIVM"]),
            ("ORG", "IPO", ["IPO"]),
            ("ORG", "EZK", ["EZK"]),
            ("ORG", "UWV", ["UWV"]),
            ("ORG", "Raad van State", ["Raad van State"]),
            ("PLACE", "provincie Limburg", ["Limburg"]),
            ("PROGRAMME", "PAS", ["PAS"]),
        ],
    },
    "wob_2021_037_doc2en3_acrobat.pdf": {
        "redact": [],
        "keep": [
            ("LAW", "Meststoffenwet", ["Meststoffenwet"]),
            ("LAW", "Uitvoeringsregeling Meststoffenwet", ["Uitvoeringsregeling Meststoffenwet"]),
            ("LAW", "Nitraatrichtlijn", ["Nitraatrichtlijn"]),
            ("LAW", "Wetboek van Strafrecht", ["Wetboek van Strafrecht"]),
            ("ORG", "Openbaar Ministerie / OM", ["OM"]),
            ("ORG", "AID", ["AID"]),
            ("ORG", "Dienst Regelingen", ["Dienst Regelingen"]),
            ("ORG", "NVWA", ["NVWA"]),
            ("ORG", "RVO.nl", [("RVO.nl", False)]),
            ("ORG", "College van procureurs-generaal", ["College van procureurs-generaal"]),
            ("OTHER", "job title Adviseur", ["Adviseur"]),
        ],
    },
    "wob_bijlage_document2.pdf": {
        "redact": [],
        "keep": [
            ("LAW", "Wet Werk en Zekerheid", ["Wet Werk en Zekerheid"]),
            ("LAW", "Participatiewet", ["Participatiewet"]),
            ("LAW", "WML", ["WML"]),
            ("ORG", "FNV", ["FNV"]),
            ("ORG", "SZW", ["SZW"]),
            ("ORG", "Arbeidsinspectie", ["Arbeidsinspectie"]),
            ("OTHER", "Cao", ["Cao"]),
        ],
    },
}
