"""Gold source for eval/real26, written by reading each document (never by running the tool).

Per document: R = redact items (kind, value, [probe texts]); K = keep items (kind, value, [probe texts]).
Probe texts are matched word-anchored (word=True) unless given as ("text", False).
make_gold.py counts every probe with the evaluator's own functions: a redact probe must occur in
some channel of the original and gets after=0; a keep probe gets after = its PDFium count (> 0).
A probe given as ("text", "ocr") is an OCR-only probe (the text exists only as pixels).
"""

DH_COLLEGE = [
    ("PERSON_PUBLIC", "Jan van Zanen (burgemeester, signs)", ["Jan van Zanen"]),
    ("PERSON_PUBLIC", "Ilma Merx (gemeentesecretaris, signs)", ["Ilma Merx"]),
    ("ADDRESS_ORG", "Spui 70 (city hall)", ["Spui 70"]),
    ("ADDRESS_ORG", "Postbus 12600", ["Postbus 12600"]),
    ("PHONE_SWITCHBOARD", "14070 (municipal general number)", ["14070"]),
    ("ORG", "Gemeente Den Haag", ["Gemeente Den Haag"]),
]

SPEC = {
 "dh_tussenbericht_levensbeschouwelijke_org_pdfmaker25.pdf": dict(
   R=[("PERSON", "Iris van Eeden (contactpersoon, DSO)", ["Iris van Eeden", "Eeden"]),
      ("EMAIL", "iris.vaneeden@denhaag.nl", ["iris.vaneeden@denhaag.nl"])],
   K=DH_COLLEGE + [("ORG", "Dienst Stedelijke Ontwikkeling", ["Dienst Stedelijke Ontwikkeling"]),
      ("ORG", "DSO Staf AD en Bureau DT", ["DSO Staf AD en Bureau DT"]),
      ("FILE", "RIS322143", ["RIS322143"])]),
 "dh_tussenbericht_joods_cultureel_kwartier_word365.pdf": dict(
   R=[("PERSON", "Lars Smit (contactpersoon, OCW)", ["Lars Smit"]),
      ("EMAIL", "lars.smit@denhaag.nl", ["lars.smit@denhaag.nl"])],
   K=DH_COLLEGE + [("ORG", "Dienst Onderwijs, Cultuur en Welzijn", ["Dienst Onderwijs, Cultuur en Welzijn"]),
      ("PERSON_PUBLIC", "raadslid mevrouw Van Basten Batenburg", ["Van Basten Batenburg"]),
      ("FILE", "RIS321881", ["RIS321881"])]),
 "dh_tussenbericht_zorg_op_maat_pdfmaker25.pdf": dict(
   R=[("PERSON", "Nienke Andeweg (contactpersoon, OCW)", ["Nienke Andeweg", "Andeweg"]),
      ("EMAIL", "nienke.andeweg@denhaag.nl", ["nienke.andeweg@denhaag.nl"]),
      ("PERSON", "J.W.H. Dillewaard (Info Author / XMP dc:creator)", ["J.W.H. Dillewaard", "Dillewaard"])],
   K=DH_COLLEGE + [("ORG", "Dienst Onderwijs, Cultuur en Welzijn", ["Dienst Onderwijs, Cultuur en Welzijn"]),
      ("ORG", "GGD", ["GGD"]), ("FILE", "OCW/10931026", ["OCW/10931026"])]),
 "dh_tussenbericht_hou_opties_open_pdfmaker25.pdf": dict(
   R=[("PERSON", "Jeroen Mul (contactpersoon, OCW)", ["Jeroen Mul"]),
      ("EMAIL", "jeroen.mul@denhaag.nl", ["jeroen.mul@denhaag.nl"]),
      ("PERSON", "J.W.H. Dillewaard (Info Author / XMP dc:creator)", ["J.W.H. Dillewaard", "Dillewaard"])],
   K=DH_COLLEGE + [("ORG", "OCW Stad en Bestuur", ["OCW Stad en Bestuur"]),
      ("FILE", "RIS322547", ["RIS322547"]), ("FILE", "RIS322550", ["RIS322550"])]),
 "dh_afdoening_geen_kind_op_straat_word365.pdf": dict(
   R=[("PERSON", "Sjoerd van der Luijt (contactpersoon, OCW)", ["Sjoerd van der Luijt", "Luijt"]),
      ("EMAIL", "sjoerd.vanderluijt@denhaag.nl", ["sjoerd.vanderluijt@denhaag.nl"]),
      ("PERSON", "Renée Brouwer (Info Author / XMP dc:creator)", ["Renée Brouwer", "Brouwer"])],
   K=DH_COLLEGE + [("PERSON_PUBLIC", "raadslid mevrouw Klokkenburg-Reedeker", ["Klokkenburg-Reedeker"]),
      ("ORG", "Kinderombudsman", ["Kinderombudsman"]),
      ("LAW", "Internationaal Verdrag voor de Rechten van het Kind", ["Internationaal Verdrag voor de Rechten van het Kind"]),
      ("POLICY", "Richtlijn toegang tot gezinsopvang", ["Richtlijn toegang tot gezinsopvang"]),
      ("ROLE", "wethouder", ["wethouder"])]),
 "dh_afdoening_voorzieningen_buurt_word365.pdf": dict(
   R=[("PERSON", "Sven de Haas (contactpersoon, DSO)", ["Sven de Haas"]),
      ("EMAIL", "sven.dehaas@denhaag.nl", ["sven.dehaas@denhaag.nl"]),
      ("PERSON", "Rick Zijderveld (Info Author / XMP dc:creator)", ["Rick Zijderveld", "Zijderveld"])],
   K=DH_COLLEGE + [("ORG", "Staedion", ["Staedion"]), ("PLACE", "Mariahoeve", ["Mariahoeve"]),
      ("ORG", "DSO Projecten", ["DSO Projecten"]),
      ("PERSON_PUBLIC", "raadslid mevrouw De Groot", ["mevrouw De Groot"])]),
 "dh_afdoening_werktrajecten_ghostscript.pdf": dict(
   R=[("PERSON", "Judith Vastenburg (contactpersoon, SZW)", ["Judith Vastenburg", "Vastenburg"]),
      ("EMAIL", "judith.vastenburg@denhaag.nl", ["judith.vastenburg@denhaag.nl"])],
   K=DH_COLLEGE + [("ORG", "Dienst Sociale Zaken en Werkgelegenheid", ["Dienst Sociale Zaken en Werkgelegenheid"]),
      ("ORG", "Schroeder van der Kolk (company)", ["Schroeder van der Kolk"]),
      ("PERSON_PUBLIC", "raadslid mevrouw Holman", ["mevrouw Holman"]),
      ("ORG", "sociaal raadslieden", ["sociaal raadslieden"])]),
 "dh_oplegger_bkp_den_haag_centraal_itext.pdf": dict(
   R=[],
   K=[("ORG", "Rijksbouwmeester", ["Rijksbouwmeester"]), ("ORG", "Spoorbouwmeester", ["Spoorbouwmeester"]),
      ("PLACE", "Den Haag Centraal", ["Den Haag Centraal"]),
      ("ORG", "Adviescommissie Omgevingskwaliteit", ["Adviescommissie Omgevingskwaliteit"]),
      ("FILE", "DSO/10820164", ["DSO/10820164"]), ("FILE", "RIS321333", ["RIS321333"]),
      ("URL", "denhaag.nl/toekomstcentraal", ["denhaag.nl/toekomstcentraal"])]),
 "dh_besluitenlijst_raad_20250213_word365.pdf": dict(
   R=[("PERSON", "Carla van der Woude (Info Author / XMP dc:creator)", ["Carla van der Woude", "Woude"])],
   K=[("PERSON_PUBLIC", "raadslid Klokkenburg-Reedeker", ["Klokkenburg-Reedeker"]),
      ("PERSON_PUBLIC", "raadslid Van Basten Batenburg", ["Van Basten Batenburg"]),
      ("PERSON_PUBLIC", "raadslid Guernaoui", ["Guernaoui"]),
      ("PERSON_PUBLIC", "raadslid Dubbelaar", ["Dubbelaar"]),
      ("PERSON_PUBLIC", "raadslid Peeck (afwezig)", ["Peeck"]),
      ("PERSON_PUBLIC", "wethouder Vavier", ["wethouder Vavier"]),
      ("ORG", "Veiligheidsregio Haaglanden", ["Veiligheidsregio Haaglanden"]),
      ("PLACE", "Stadhuis - raadzaal", ["Stadhuis - raadzaal"]),
      ("FILE", "RIS321327", ["RIS321327"])]),
 "dh_initiatiefvoorstel_wijken_aan_zet_word365.pdf": dict(
   R=[("PERSON", "Iris Schijvens (stagiair; also Info Author / XMP dc:creator)", ["Iris Schijvens", "Schijvens"]),
      ("PERSON", "Jens Mekking (beleidsmedewerker fractie)", ["Jens Mekking", "Mekking"]),
      ("PERSON", "Julia van Herpen (beleidsmedewerker fractie)", ["Julia van Herpen", "Herpen"])],
   K=[("PERSON_PUBLIC", "Marieke van Doorn (raadslid, indiener)", ["Marieke van Doorn"]),
      ("PERSON_PUBLIC", "former raadsleden Grinwis en Van der Werf (now Tweede Kamer)", ["Grinwis"]),
      ("ORG", "D66 Den Haag", ["D66 Den Haag"]), ("ORG", "CDA Den Haag", ["CDA Den Haag"]),
      ("ORG", "Commissie Loosduinen", ["Commissie Loosduinen"]),
      ("PLACE", "Bospolder-Tussendijken", ["Bospolder-Tussendijken"]),
      ("ORG", "SCP", ["SCP"]), ("FILE", "RIS310824", ["RIS310824"])]),
 "dh_motie_iedere_leerling_veilig_word365.pdf": dict(
   R=[("PERSON", "Aroen Ramgolam (Info Author / XMP dc:creator)", ["Aroen Ramgolam", "Ramgolam"])],
   K=[("PERSON_PUBLIC", "Rachid Guernaoui (raadslid, indiener)", ["Rachid Guernaoui"]),
      ("PERSON_PUBLIC", "Rita Verdonk (raadslid, mede-indiener)", ["Rita Verdonk"]),
      ("ORG", "Hart voor Den Haag", ["Hart voor Den Haag"]),
      ("ORG", "Noot (vervoerder)", ["Noot"]), ("ORG", "Klankbordgroep", ["Klankbordgroep"])]),
 "dh_ontwerpbesluit_hogere_grenswaarden_word365.pdf": dict(
   R=[("PERSON", "Miranda Mol (Info Author / XMP dc:creator)", ["Miranda Mol"])],
   K=[("ORG", "Omgevingsdienst Haaglanden", ["Omgevingsdienst Haaglanden"]),
      ("EMAIL_FUNCTIONAL", "vergunningen@odh.nl", ["vergunningen@odh.nl"]),
      ("PHONE_SWITCHBOARD", "(070) 21 899 02 (ODH general number)", [("(070) 21 899 02", False)]),
      ("ADDRESS_ORG", "Zuid-Hollandplein 1", ["Zuid-Hollandplein 1"]),
      ("PLACE", "Willem Royaardsplein", ["Willem Royaardsplein"]),
      ("PLACE", "Theo Mann Bouwmeesterlaan", ["Theo Mann Bouwmeesterlaan"]),
      ("LAW", "Wet geluidhinder", ["Wet geluidhinder"]),
      ("ORG", "Rho adviseurs", ["Rho adviseurs"]),
      ("ROLE", "Hoofd Toetsing & Vergunningverlening Milieu", ["Hoofd Toetsing & Vergunningverlening Milieu"])]),
 "ov_bijlage_iii_a1_printtopdf.pdf": dict(
   R=[("PERSON", "Dian van der Deure (Info Author)", ["Dian van der Deure", "Deure"])],
   K=[("TEXT", "Alternatief A: tiphoogte 200 m - Deelgebied A1", ["Alternatief A: tiphoogte 200 m"]),
      ("TEXT", "Deelgebied A1", ["Deelgebied A1"]), ("TEXT", "Clusternummer", ["Clusternummer"])]),
 "ov_bijlage_iii_overig_4plus_printtopdf.pdf": dict(
   R=[("PERSON", "Dian van der Deure (Info Author)", ["Dian van der Deure", "Deure"])],
   K=[("TEXT", "Overig Overijssel", ["Overig Overijssel"]), ("TEXT", "Clusternummer", ["Clusternummer"])]),
 "ov_bijlage_iv_a35_printtopdf.pdf": dict(
   R=[("PERSON", "Dian van der Deure (Info Author)", ["Dian van der Deure", "Deure"])],
   K=[("TEXT", "A35", ["A35"]), ("TEXT", "Clusternummer", ["Clusternummer"])]),
 "ov_omgevingsverordening_wind_word365.pdf": dict(
   R=[("PERSON", "Drint, T (Trijnie) (Info Author / XMP dc:creator)", ["Drint", "Trijnie"])],
   K=[("LAW", "Omgevingsverordening Overijssel", ["Omgevingsverordening Overijssel"]),
      ("PLACE", "Nationaal Landschap IJsseldelta", ["Nationaal Landschap IJsseldelta"]),
      ("PLACE", "Noordoost-Twente", ["Noordoost-Twente"]),
      ("TEXT", "Catalogus Gebiedskenmerken", ["Catalogus Gebiedskenmerken"]),
      ("TEXT", "erfmolen", ["erfmolen"])]),
 "ov_oer_fase_2a_word365.pdf": dict(
   R=[("PERSON", "Fikken, Willie (Info Author / XMP dc:creator)", ["Fikken", "Willie"])],
   K=[("ORG", "Provincie Overijssel", ["Provincie Overijssel"]),
      ("ADDRESS_ORG", "Luttenbergstraat 2", ["Luttenbergstraat 2"]),
      ("PHONE_SWITCHBOARD", "038 499 88 99 (province general number)", [("038 499 88 99", False)]),
      ("ORG", "Rijkswaterstaat", ["Rijkswaterstaat"]), ("ORG", "Arcadis", ["Arcadis"]),
      ("ORG", "TNO", ["TNO"]), ("PLACE", "Twente Airport", ["Twente Airport"]),
      ("ORG", "Gedeputeerde Staten", ["Gedeputeerde Staten"])]),
 "ov_tussenstand_res_west_word365.pdf": dict(
   R=[("PERSON", "Karin Komdeur (Programmamanager RES West-Overijssel, signs the foreword)", ["Karin Komdeur", "Komdeur"])],
   K=[("ROLE", "Programmamanager RES West-Overijssel", ["Programmamanager RES West-Overijssel"]),
      ("ORG", "Kernteam RES West-Overijssel", ["Kernteam RES West-Overijssel"]),
      ("ORG", "Bestuurlijk Platform", ["Bestuurlijk Platform"]),
      ("ORG", "Raad van State", ["Raad van State"]), ("PLACE", "Zwolle", ["Zwolle"]),
      ("ORG", "Gedeputeerde Staten", ["Gedeputeerde Staten"])]),
 "ov_programma_energiestrategie_indesign.pdf": dict(
   R=[],
   K=[("ORG", "Provinciale Staten", ["Provinciale Staten"]),
      ("ORG", "Gedeputeerde Staten", ["Gedeputeerde Staten"]),
      ("ORG", "Energiefonds Overijssel", ["Energiefonds Overijssel"]),
      ("LAW", "Elektriciteitswet", ["Elektriciteitswet"]),
      ("PLACE", "Landkreis Grafschaft", ["Landkreis Grafschaft"]),
      ("TEXT", "Traktaat van Meppen", ["Traktaat van Meppen"])]),
}
