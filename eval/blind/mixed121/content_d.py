"""Set TB, documents tb28-tb33: signed attendance list (scan), re-inspection, the NGO's report, the Woo
decision, its inventory list and the inspectors' roster."""
from lib import Doc, H, K, R
from content_a import lines, WORD

DOCS = []

# ---------------------------------------------------------------- tb28 attendance list with signatures (scan)
_rows = [("Piotr Wroblewski", "kamer 1", "Piotr W."),
         ("Agnieszka Zielinska-Mroz", "kamer 2", "A. Zielinska"),
         ("Ionut Popescu", "kamer 3", "Popescu"),
         ("Dimitar Georgiev", "kamer 5", "Mitko G."),
         ("Stoyan Petkov", "kamer 5", "S. Petkov"),
         ("Radostina Ivanova-Marinova", "zolder", "Rada"),
         ("Vasil Todorov", "garage", "V. Todorov")]
_att = lines(22, [
    (0, "Gemeente Tilburg - team Wijkregie", "DejaVuSans-Bold.ttf", 13),
    (0, "Presentielijst bewonersbijeenkomst sluiting woning", "DejaVuSans-Bold.ttf", 12),
    (0, "Donderdag 11 juni 2026, 19:00 uur, Mgr. Zwijsenhuis", "DejaVuSans.ttf", 10.5),
    (0, "Aanwezig namens gemeente: K. Vermeulen (wijkregisseur), tolk K. Baran", "DejaVuSans.ttf", 10.5),
    "",
    (0, "Naam (blokletters)              Kamer      Handtekening", "DejaVuSansMono.ttf", 10.5),
], size=10.5)
_y = 62
for name, room, sig in _rows:
    _att.append((22, _y, name, "DejaVuSerif-Italic.ttf", 14))
    _att.append((100, _y + 1, room, "DejaVuSansMono.ttf", 11))
    _att.append((140, _y, sig, "DejaVuSerif-Italic.ttf", 14))
    _y += 17
_att += [(22, _y + 8, "Nagekomen: Florin Stanescu (kamer 3) - tel. +40 745 318 226", "DejaVuSerif-Italic.ttf", 12),
         (22, _y + 24, "Opmerking: 7 van 12 bewoners aanwezig. Volgende afspraak 15-06.", "DejaVuSansMono.ttf",
          10)]


def _lines_draw(dr, pi, pxmm):
    for i in range(8):
        y = (58 + 17 * i + 12) * pxmm
        dr.line([(20 * pxmm, y), (190 * pxmm, y)], fill=110, width=2)


DOCS.append(Doc("tb28_presentielijst_scan", "scan", title="Scan presentielijst 11-06-2026",
                creator="RICOH IM C3000", producer="RICOH IM C3000", scan={"pages": [_att], "rotate": 0.5,
                                                                           "seed": 28, "draw": _lines_draw},
                redact=[H("PERSON", "Piotr Wróblewski", "ocr", "Piotr Wroblewski", "Wroblewski", "Piotr"),
                        H("PERSON", "Agnieszka Zielińska-Mróz", "ocr", "Agnieszka", "Zielinska"),
                        H("PERSON", "Ionuț Popescu", "ocr", "Popescu"),
                        H("PERSON", "Dimitar Georgiev", "ocr", "Dimitar Georgiev", "Georgiev", "Mitko"),
                        H("PERSON", "Stoyan Petkov", "ocr", "Stoyan Petkov", "Petkov"),
                        H("PERSON", "Radostina Ivanova-Marinova", "ocr", "Radostina", "Rada"),
                        H("PERSON", "Vasil Todorov", "ocr", "Vasil Todorov", "Todorov"),
                        H("PERSON", "Florin Stănescu", "ocr", "Florin Stanescu", "Stanescu"),
                        H("PHONE", "+40 745 318 226", "ocr", "+40 745 318 226"),
                        H("PERSON", "Koen Vermeulen", "ocr", "K. Vermeulen"),
                        H("PERSON", "Katarzyna Baran", "ocr", "K. Baran")]))

# ---------------------------------------------------------------- tb29 re-inspection report
DOCS.append(Doc("tb29_hercontrole", "rl", title="Hercontrole last onder dwangsom", author="T. van 't Hek",
                producer="iText® 7.2.5 ©2000-2023 iText Group NV", creator="Squit XO", font="DejaVuSerif", size=9.5,
                blocks=[
    ("h", "Verslag hercontrole last onder dwangsom"),
    ("kv", [("Dossier", "HH-2026-0117"), ("Object", "Korvelseweg 214 / 214a, Tilburg"),
            ("Datum en tijd", "woensdag 20 mei 2026, 07:15 uur (onaangekondigd)"),
            ("Toezichthouders", "T. van 't Hek (rapporteur), L. Hamers-van Dijk"),
            ("Tevens aanwezig", "G. Mutsaers (wijkagent), R. Smulders (Veiligheidsregio)")]),
    ("t", [["Last", "Termijn", "Bevinding", "Verbeurd"],
           ["1. Garage en zolder niet als verblijfsruimte", "5 mei 2026",
            "Garage: drie personen slapend aangetroffen (V. Todorov, G. Țurcanu en een onbekende man die zich "
            "niet wilde legitimeren). Zolder: twee matrassen, één persoon (Radostina).", "ja, 15 dagen"],
           ["2a. Max. vijf bewoners", "23 juni 2026", "Nog niet verstreken; 13 personen aangetroffen.", "n.v.t."],
           ["2b. Gekoppelde rookmelders", "23 juni 2026", "Drie losse melders in gang en keuken; niet gekoppeld.",
            "n.v.t."]], [4, 2.2, 7, 2]),
    ("p", "Verbeurde dwangsom last 1: 15 dagen x € 2.500 = € 37.500, gemaximeerd op € 25.000. De invordering "
          "wordt voorbereid (invorderingsbeschikking, artikel 5:37 Awb)."),
    ("p", "Tijdens de hercontrole arriveerde de heer Dekkers om 07:40 uur. Hij verklaarde dat de bewoners van de "
          "garage 'vrienden van Vasil' zijn die 'alleen logeren'. De heer Van der Sluijs was telefonisch niet "
          "bereikbaar; een voicemail is ingesproken op 06-22 41 98 07."),
    ("p", "Een bewoner van kamer 3, de heer Popescu, verklaarde desgevraagd dat hij nog steeds € 500 per maand "
          "betaalt en dat de beheerder hem heeft gezegd 'niets tegen de gemeente te zeggen'. De heer Stănescu is "
          "volgens medebewoners vertrokken naar de Hoefstraat 37a."),
    ("p", "Conclusie: last 1 is niet nageleefd. Advies: sluiting garage en zolder door de burgemeester op grond van "
          "artikel 174a Gemeentewet, dan wel op grond van artikel 17 Woningwet; zie advies Veiligheidsregio van "
          "21 mei 2026 en memo Juridische Zaken van 22 mei 2026."),
    ("p", "Opgemaakt op ambtseed,\nT. van 't Hek, toezichthouder Bouw- en Woningtoezicht, 20 mei 2026"),
], keep=[K("LAW", "artikel 5:37 Awb", "artikel 5:37 Awb"), K("AMOUNT", "€ 25.000", "€ 25.000"),
         K("LAW", "artikel 17 Woningwet", "artikel 17 Woningwet"), K("ORG", "Juridische Zaken", "Juridische Zaken")]))

# ---------------------------------------------------------------- tb30 the NGO's report (mail)
DOCS.append(Doc("tb30_melding_stichting", "rl", title="Melding overbewoning en uitbuiting", author="Joanna",
                producer="Microsoft: Print To PDF", creator="Microsoft Outlook", font="DejaVuCond", size=10, blocks=[
    ("kv", [("Van:", "Joanna Lewandowska <joanna@werkenwoningbrabant.nl>"),
            ("Verzonden:", "donderdag 12 maart 2026 21:17"),
            ("Aan:", "handhaving@tilburg.nl"),
            ("CC:", "Vermeulen, Koen <k.vermeulen@tilburg.nl>; info@werkenwoningbrabant.nl"),
            ("Onderwerp:", "Melding: 12 arbeidsmigranten in één woning, garage als slaapkamer")]),
    ("p", "Geachte heer/mevrouw,"),
    ("p", "Namens Stichting Werk & Woning Brabant meld ik een ernstige situatie in de woning Korvelseweg 214 in "
          "Tilburg. Via ons spreekuur hebben wij contact met enkele bewoners. Zij werken allemaal via FlexPower in "
          "een distributiecentrum."),
    ("p", "Wat de bewoners ons vertellen:\n- er wonen ongeveer twaalf mensen, ook in de garage en op de zolder;\n"
          "- zij betalen € 450 tot € 525 per persoon per maand, voor een deel contant aan 'Rico';\n"
          "- er is geen werkende rookmelder en er is veel schimmel;\n"
          "- wie klaagt, krijgt te horen dat hij zijn baan en zijn bed kwijtraakt."),
    ("p", "Een van de bewoners, Piotr, heeft ons foto's gestuurd. Een bewoonster, Aga, is erg bang en wil eerst met "
          "een advocaat praten; ik heb haar doorverwezen naar Stadsadvocaten Brabant. Een andere bewoner, Łukasz, "
          "heeft sinds de winter last van zijn longen; hij denkt door de schimmel."),
    ("p", "Wij vragen u dringend een controle uit te voeren, maar wel zo dat de bewoners niet de dupe worden. "
          "Kunt u mij laten weten wat u gaat doen? Ik ben bereikbaar op 06-8290 1147 (ook WhatsApp, Pools en "
          "Nederlands)."),
    ("p", "Met vriendelijke groet,\n\nJoanna Lewandowska\ncoördinator spreekuur\nStichting Werk & Woning Brabant\n"
          "Pieter Vreedeplein 8, Tilburg (spreekuur dinsdag en donderdag)\ninfo@werkenwoningbrabant.nl"),
    ("small", "Stichting Werk & Woning Brabant komt op voor de rechten van arbeidsmigranten in Midden-Brabant."),
], redact=[R("HEALTH", "longklachten Dąbrowski", "last van zijn longen")],
   keep=[K("EMAIL_FUNCTIONAL", "info@werkenwoningbrabant.nl", "info@werkenwoningbrabant.nl"),
         K("ROLE", "coördinator spreekuur", "coördinator spreekuur"),
         K("PLACE", "Midden-Brabant", "Midden-Brabant")]))

# ---------------------------------------------------------------- tb31 Woo decision (docx, 2 pages)
DOCS.append(Doc("tb31_woo_besluit", "docx", title="Besluit op Woo-verzoek WOO-2026-0341", author="N. Ouali",
                producer=WORD, creator=WORD, font="Liberation Sans", size=9.5, blocks=[
    ("right", "Gemeente Tilburg\nPostbus 90155, 5000 LH Tilburg\n14 013 | woo@tilburg.nl"),
    ("p", "Mevrouw M. Wagenaar\nper e-mail: merel.wagenaar@proton.me"),
    ("kv", [("Datum", "2 november 2026"), ("Kenmerk", "WOO-2026-0341 / UIT-26-31877"),
            ("Behandeld door", "mr. N. Ouali, jurist Informatiebeheer (n.ouali@tilburg.nl)"),
            ("Onderwerp", "Besluit op uw verzoek op grond van de Wet open overheid")]),
    ("p", "Geachte mevrouw Wagenaar,"),
    ("p", "Op 7 september 2026 heeft u verzocht om openbaarmaking van documenten over het toezicht op en de "
          "handhaving tegen KamerPlus Wonen B.V. en Bregdal Beheer B.V. Bij brief van 30 september 2026 is de "
          "beslistermijn met twee weken verlengd; op 14 oktober 2026 bent u geïnformeerd over de zienswijzeprocedure "
          "(artikel 4.4 en 4.5 Woo). Met u is afgesproken dat het besluit uiterlijk 2 november 2026 wordt genomen."),
    ("h2", "Besluit"),
    ("p", "Wij hebben 33 documenten aangetroffen. Wij besluiten 9 documenten volledig openbaar te maken, 23 "
          "documenten gedeeltelijk openbaar te maken en 1 document niet openbaar te maken (het advies van het "
          "Landelijk Bureau Bibob; artikel 28 Wet Bibob is een bijzondere openbaarmakingsregeling, zie artikel 8.8 "
          "Woo). Een overzicht staat in de bijgevoegde inventarislijst."),
    ("h2", "Zienswijzen"),
    ("p", "KamerPlus Wonen B.V. heeft bij e-mail van 20 oktober 2026 bezwaar gemaakt tegen openbaarmaking van alle "
          "documenten. De directeur wijst erop dat de berichtgeving zijn bedrijf schaadt. Dat belang weegt niet "
          "op tegen het publieke belang van openbaarheid over handhaving; bedrijfsnamen en de aard van de "
          "overtredingen maken wij daarom openbaar. Namen en adressen van natuurlijke personen niet."),
    ("pb",),
    ("h2", "Informatie die niet openbaar gemaakt kan worden"),
    ("p", "Motivering. In de documenten staan persoonsgegevens van huurders, van de bestuurder en de beheerder "
          "van de verhuurder, van medewerkers van de gemeente en ketenpartners die niet in de openbaarheid "
          "treden, en van andere derden. Het belang van openbaarmaking weegt niet op tegen de eerbiediging van de "
          "persoonlijke levenssfeer (artikel 5.1, tweede lid, onder e, Woo; code 5.1.2e). Dit geldt ook voor "
          "adressen van de woningen waar huurders wonen. Namen van de burgemeester, wethouders, raadsleden, de "
          "gemeentesecretaris en de woordvoerder blijven leesbaar."),
    ("p", "Gegevens over gezondheid en strafrechtelijke gegevens zijn niet openbaar gemaakt (artikel 5.1, eerste "
          "lid, onder d, Woo; code 5.1.1d). Burgerservicenummers en nummers van identiteitsbewijzen zijn "
          "weggelaten (artikel 5.1, eerste lid, onder e, Woo; code 5.1.1e). Gegevens waarvan openbaarmaking de "
          "veiligheid van toezichthouders en bewoners in gevaar kan brengen zijn weggelaten op grond van artikel "
          "5.1, tweede lid, onder h, Woo (code 5.1.2h)."),
    ("h2", "Wijze van openbaarmaking"),
    ("p", "De documenten worden u digitaal toegezonden en binnen twee weken gepubliceerd op het Woo-platform "
          "van de gemeente Tilburg en op open.overheid.nl."),
    ("p", "Bezwaar: binnen zes weken na verzending van dit besluit bij het college van burgemeester en wethouders "
          "van Tilburg, Postbus 90155, 5000 LH Tilburg."),
    ("p", "Hoogachtend,\nburgemeester en wethouders van Tilburg,\nnamens dezen,\n\n\nA. Pauwels\n"
          "Woo-coördinator"),
    ("small", "Bijlagen: inventarislijst; 32 documenten (deels) openbaar."),
], keep=[K("GROUND", "5.1.2e", "5.1.2e"), K("GROUND", "5.1.1d", "5.1.1d"), K("GROUND", "5.1.1e", "5.1.1e"),
         K("GROUND", "5.1.2h", "5.1.2h"), K("URL", "open.overheid.nl", "open.overheid.nl"),
         K("LAW", "artikel 8.8", "artikel 8.8"), K("ROLE", "Woo-coördinator", "Woo-coördinator")]))

# ---------------------------------------------------------------- tb32 inventory list
_inv = [["Nr.", "Document", "Datum", "Beoordeling", "Grond", "Opmerking"],
        ["1", "Woo-verzoek", "07-09-2026", "deels openbaar", "5.1.2e", ""],
        ["2", "Ontvangstbevestiging", "09-09-2026", "deels openbaar", "5.1.2e", ""],
        ["3", "Rapport integrale controle", "20-03-2026", "deels openbaar", "5.1.2e, 5.1.1e", ""],
        ["4", "Overzicht bewoners en BRP-controle", "23-03-2026", "deels openbaar", "5.1.2e, 5.1.1e", "alleen kolomkoppen"],
        ["5", "E-mailwisseling voornemen LOD", "23/24-03-2026", "deels openbaar", "5.1.2e", "familie met 3"],
        ["6", "WhatsApp-export toezichthouders", "19/20-03-2026", "deels openbaar", "5.1.2e, 5.1.2h", ""],
        ["7", "Teams-chat Kamerverhuur Noord", "02/03-04-2026", "deels openbaar", "5.1.2e", ""],
        ["8", "Advies LBB (samenvatting)", "18-06-2026", "niet openbaar", "art. 28 Wet Bibob", "bijzondere regeling"],
        ["9", "Proces-verbaal (uittreksel)", "20-03-2026", "deels openbaar", "5.1.2e, 5.1.1d", "scan"],
        ["10", "Besluit last onder dwangsom", "28-04-2026", "deels openbaar", "5.1.2e", ""],
        ["11", "Sluitingsbesluit burgemeester", "03-06-2026", "deels openbaar", "5.1.2e", "gepubliceerd"],
        ["12", "Zienswijze namens huurders (mr. J. Oosterbeek)", "14-04-2026", "deels openbaar", "5.1.2e, 5.1.1d", ""],
        ["13", "Zienswijze verhuurder", "15-04-2026", "deels openbaar", "5.1.2e", ""],
        ["14", "Huurovereenkomst kamer 1", "28-09-2025", "deels openbaar", "5.1.2e, 5.1.1e", ""],
        ["15", "Huurovereenkomst kamer 4 (scan)", "30-10-2025", "deels openbaar", "5.1.2e", ""],
        ["16", "Aanmeldformulier opvang", "15-06-2026", "deels openbaar", "5.1.2e, 5.1.1e", ""],
        ["17", "Verslag casusoverleg", "08-04-2026", "deels openbaar", "5.1.2e, 5.1.2h", ""],
        ["18", "Beslisnota wethouder", "14-04-2026", "deels openbaar", "5.1.2e", ""],
        ["19-20", "Raadsvragen en beantwoording", "06/07-2026", "openbaar", "-", "reeds openbaar"],
        ["21", "Persbericht", "17-06-2026", "openbaar", "-", "reeds openbaar"],
        ["22-23", "Facturen slotenmaker en tolk (K. Baran)", "06-2026", "deels openbaar", "5.1.2e", ""],
        ["24", "Advies brandveiligheid VR", "21-05-2026", "deels openbaar", "5.1.2e", ""],
        ["25-27", "Memo, concept bewonersbrief, brief huurder", "05/06-2026", "deels openbaar", "5.1.2e, 5.1.1d", ""],
        ["28", "Presentielijst bewonersbijeenkomst", "11-06-2026", "deels openbaar", "5.1.2e", "scan"],
        ["29-30", "Hercontrole; melding Stichting Werk & Woning Brabant", "03/05-2026", "deels openbaar",
         "5.1.2e, 5.1.1d", ""],
        ["31", "Piketrooster toezicht", "03-2026", "deels openbaar", "5.1.2e", ""]]
DOCS.append(Doc("tb32_inventarislijst", "rl", title="Inventarislijst WOO-2026-0341", author="Nadia Ouali",
                producer="Microsoft® Excel® voor Microsoft 365", creator="Microsoft® Excel® voor Microsoft 365",
                font="Helvetica", size=8.5, landscape=True, blocks=[
    ("h2", "Inventarislijst bij besluit WOO-2026-0341 (kenmerk UIT-26-31877) - gemeente Tilburg"),
    ("t", _inv, [1.2, 8, 2.4, 2.6, 3.2, 3.2]),
    ("small", "Zaaknummer Z-2026-18477. Beoordelingsgronden: 5.1.1d, 5.1.1e, 5.1.2e, 5.1.2h Woo; artikel 28 Wet "
              "Bibob. Vragen: woo@tilburg.nl."),
], keep=[K("GROUND", "5.1.2e", "5.1.2e"), K("GROUND", "5.1.1e", "5.1.1e"), K("GROUND", "5.1.1d", "5.1.1d"),
         K("GROUND", "5.1.2h", "5.1.2h"), K("TERM", "deels openbaar", "deels openbaar"),
         K("TERM", "niet openbaar", "niet openbaar"), K("TERM", "reeds openbaar", "reeds openbaar"),
         K("ROLE", "Beslisnota wethouder", "Beslisnota wethouder")]))

# ---------------------------------------------------------------- tb33 inspectors' on-call roster
DOCS.append(Doc("tb33_piketrooster_toezicht", "rl", title="Piketrooster Toezicht Wonen maart 2026",
                author="M. Schellekens", producer="Microsoft® Excel® 2016", creator="Microsoft® Excel® 2016",
                font="DejaVuCond", size=9, landscape=True, blocks=[
    ("h2", "Piketrooster Toezicht Wonen en Handhaving - week 11 t/m 13, 2026 (intern)"),
    ("t", [["Week", "Dienst", "Naam", "Pers.nr.", "Functie", "Mobiel piket", "Back-up"],
           ["11", "dag", "Loes Hamers-van Dijk", "P-104477", "toezichthouder BWT", "06-41 83 27 90", "TvtH"],
           ["11", "avond", "Youssef el Amrani", "P-118203", "BOA", "06-1733 2285", "FBo"],
           ["12", "dag", "Thijs van 't Hek", "P-109954", "toezichthouder BWT", "06 2918 4471", "LHvD"],
           ["12", "avond", "Fatima Bouzid", "P-121670", "BOA", "06-1940 8836", "YeA"],
           ["13", "dag", "Wouter van den Akker", "P-099318", "toezichthouder BWT", "06 3302 1179", "LHvD"],
           ["13", "avond", "Sem Rijnders", "P-123044", "BOA", "+31 6 4809 2261", "FBo"],
           ["11-13", "achterwacht", "Marjan Schellekens", "P-087712", "teamleider", "06 5120 7734", "-"]],
     [1, 1.6, 4.2, 1.8, 3.2, 3, 1.6]),
    ("p", "Meldingen buiten kantoortijd komen binnen via de meldkamer (14 013, keuze 3) of de politie (0900-8844). "
          "Bij acuut brandgevaar altijd 112 en de officier van dienst van de Veiligheidsregio Midden- en "
          "West-Brabant. Het piket wordt niet ingezet voor controles zonder dekking van de teamleider."),
    ("p", "Ruilen van diensten uitsluitend via de teamleider (MSch) en met vermelding in het rooster op de "
          "G-schijf. Mobiele nummers zijn uitsluitend voor intern gebruik."),
], redact=[R("ID", "personeelsnummers", "P-104477", "P-118203", "P-109954", "P-121670", "P-099318", "P-123044",
             "P-087712"),
           R("PERSON", "Fatima Bouzid", "Fatima Bouzid", "FBo"),
           R("PHONE", "06-1940 8836", "06-1940 8836"),
           R("PERSON", "Wouter van den Akker", "Wouter van den Akker"),
           R("PHONE", "06 3302 1179", "06 3302 1179"),
           R("PERSON", "Sem Rijnders", "Sem Rijnders"),
           R("PHONE", "+31 6 4809 2261", "+31 6 4809 2261")],
   keep=[K("ROLE", "toezichthouder BWT", "toezichthouder BWT"), K("TERM", "piket", "piket"),
         K("ORG", "meldkamer", "meldkamer"), K("PHONE_GENERAL", "112", "112")]))
