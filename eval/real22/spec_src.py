# Source of gold_spec.json: per document the redact and keep items (probe texts only; the 'after'
# counts are computed by make_gold.py with the evaluator's own functions).
# P(text) = word-anchored probe, S(text) = substring probe (word=False).
import json
from pathlib import Path

def P(t): return {"text": t, "word": True}
def S(t): return {"text": t, "word": False}
def R(kind, value, *probes, note=""):
    d = {"kind": kind, "value": value, "probes": list(probes)}
    if note: d["note"] = note
    return d
K = R

DOCS = {}

DOCS["ams_wob_blindekatersteeg_2018_ricohscan.pdf"] = dict(src="c064", redact=[
    R("PERSON", "heer Joosten (requester, lawyer)", P("Joosten")),
    R("EMAIL", "Joosten@Joostenadvocaten.nl (requester)", S("Joosten@Joostenadvocaten.nl")),
    R("PERSON", "Marcel Wildenburg (handling civil servant)", P("Wildenburg"), P("Marcel Wildenburg")),
    R("PHONE", "020 2563530 (his direct number)", P("2563530")),
    R("EMAIL", "m.wildenburg@amsterdam.nl (his e-mail)", S("m.wildenburg")),
    R("PERSON", "Iris Reuselaars (signing adjunct-directeur Stadswerken)", P("Reuselaars"), P("Iris Reuselaars")),
], keep=[])

DOCS["ocw_wob_cabr_2021_scanocr.pdf"] = dict(src="c174", redact=[
    R("PERSON", "mr. C. Riezebos (signing directeur WJZ)", P("Riezebos")),
], keep=[
    K("ORG", "Nationaal Archief", P("Nationaal Archief")),
    K("ORG", "CABR", P("CABR")),
    K("TITLE", "Algemeen Rijksarchivaris", P("Algemeen Rijksarchivaris")),
    K("ORG", "OCW", P("OCW")),
    K("ORG", "DUO", P("DUO")),
    K("TITLE", "minister voor Basis- en Voortgezet Onderwijs en Media", S("Basis- en Voortgezet Onderwijs en Media")),
    K("ORG", "Raad van State", P("Raad van State")),
    K("ORG", "Wetgeving en Juridische Zaken", S("Wetgeving en Juridische")),
])

DOCS["ocw_wob_coronasteun_2020_ghostscript.pdf"] = dict(src="c257", redact=[
    R("PERSON", "mr. C. Riezebos (signing directeur WJZ)", P("Riezebos"), P("mr. C. Riezebos")),
], keep=[
    K("ORG", "OCW", P("OCW")),
    K("ORG", "EZK", P("EZK")),
    K("ORG", "DUO", P("DUO")),
    K("ORG", "IFFR", P("IFFR")),
    K("ORG", "Summer Dance Forever", P("Summer Dance Forever")),
    K("ORG", "Taskforce Cultuur", P("Taskforce Cultuur")),
    K("ORG", "VVEM", P("VVEM")),
    K("ORG", "VSCD", P("VSCD")),
    K("ORG", "Schrittmacher", P("Schrittmacher")),
    K("ORG", "Europaplatform", P("Europaplatform")),
    K("ADDRESS", "Rijnstraat 50 (office)", P("Rijnstraat 50")),
    K("ORG", "Dienstpostbus Wob", P("Dienstpostbus Wob")),
    K("ORG", "Onderwijs, Cultuur en Wetenschap", P("Onderwijs, Cultuur en Wetenschap")),
])

DOCS["ocw_inventaris_documentaire_kaag_2021_excel.pdf"] = dict(src="c244", redact=[
    R("PERSON", "Info Author 'Lemmen, Sharona'", P("Lemmen"), P("Sharona")),
], keep=[
    K("PERSON_PUBLIC", "minister Sigrid Kaag", P("Kaag"), P("Sigrid Kaag")),
    K("ORG", "VPRO", P("VPRO")),
    K("ORG", "CvdM", P("CvdM")),
    K("ORG", "PVV", P("PVV")),
    K("ORG", "BuZa", P("BuZa")),
    K("ORG", "OCW", P("OCW")),
    K("PLACE", "Beiroet", P("Beiroet")),
    K("PLACE", "Binnenhof", P("Binnenhof")),
])

DOCS["bzk_wob_stemopeenvrouw_2021_pfuscan.pdf"] = dict(src="c202", redact=[], keep=[
    K("ORG", "Stichting Stem op een Vrouw", P("Stem op een Vrouw")),
    K("ORG", "netwerk Politieke Vrouwen", P("Politieke Vrouwen")),
    K("LAW", "ARVODI-2018", P("ARVODI-2018")),
    K("ADDRESS", "Turfmarkt 147 (office)", P("Turfmarkt 147")),
    K("ORG", "Staatscourant", P("Staatscourant")),
    K("TITLE", "Minister-president", P("Minister-president")),
    K("ORG", "BZK", P("BZK")),
    K("ORG", "Directie Democratie en Bestuur", P("Directie Democratie en")),
    K("TITLE", "Netwerkevenement vrouwen in de politiek", P("Netwerkevenement")),
    K("CASE_NO", "2021-0000112869", S("2021-0000112869")),
    K("TITLE", "Secretaris-generaal", P("Secretaris-generaal")),
    K("ORG", "Directie Constitutionele Zaken en Wetgeving", P("Directie Constitutionele Zaken en Wetgeving")),
])
DOCS["jenv_wob_kansspelen_2020_word2016.pdf"] = dict(src="c204", redact=[
    R("PERSON", "J. Kox (signing directeur CFBJZ)", P("Kox"), P("J. Kox")),
    R("PERSON", "Info Author / XMP creator 'S. Goeptar'", P("Goeptar"), P("S. Goeptar")),
], keep=[
    K("PERSON_PUBLIC", "AP chair Wolfsen", P("Wolfsen")),
    K("PERSON_PUBLIC", "AP vice-chair Verdier", P("Verdier")),
    K("PERSON_PUBLIC", "Ksa vice-chair Van Buchem", P("Van Buchem")),
    K("PERSON_PUBLIC", "Kamerlid Van Nispen", P("Van Nispen")),
    K("PERSON_PUBLIC", "Kamerlid Postema", P("Postema")),
    K("ORG", "Autoriteit Persoonsgegevens", P("Autoriteit Persoonsgegevens")),
    K("ORG", "Kansspelautoriteit", P("Kansspelautoriteit")),
    K("ORG", "Centraal Register Uitsluiting Kansspelen", P("Centraal Register Uitsluiting Kansspelen")),
    K("ORG", "CRUKS", P("CRUKS")),
    K("TITLE", "Minister voor Rechtsbescherming", P("Minister voor Rechtsbescherming")),
    K("TITLE", "Sr. adviseur Juridische Zaken", P("Sr. adviseur Juridische Zaken")),
    K("ADDRESS", "Turfmarkt 147 (office)", P("Turfmarkt 147")),
])

DOCS["ienw_wob_klm_staatssteun_2021_mixedscan.pdf"] = dict(src="c223", redact=[], keep=[
    K("ORG", "KLM", P("KLM")),
    K("ORG", "AFKL", P("AFKL")),
    K("ORG", "Ministerie van Financiën", P("Ministerie van Financiën")),
    K("ORG", "Staat der Nederlanden", P("Staat der Nederlanden")),
    K("PLACE", "Schiphol", P("Schiphol")),
    K("EMAIL_FUNCTIONAL", "wob-loket@minienw.nl", S("wob-loket@minienw.nl")),
    K("CASE_NO", "IENW/BSK-2021/60623", S("IENW/BSK-2021/60623")),
    K("ORG", "DG Luchtvaart en Maritieme Zaken", P("DG Luchtvaart en Maritieme")),
    K("ADDRESS", "Rijnstraat 8 (office)", P("Rijnstraat 8")),
    K("CASE_NO", "ECLI:RVS:2010:BO1165", S("ECLI:RVS:2010:BO1165")),
])

DOCS["szw_beschikking_catshuis_2021.pdf"] = dict(src="c230", redact=[], keep=[
    K("PERSON_PUBLIC", "minister Koolmees", P("Koolmees"), P("minister Koolmees")),
    K("PLACE", "Catshuis", P("Catshuis")),
    K("ORG", "Sociale Zaken en Werkgelegenheid", P("Sociale Zaken en Werkgelegenheid")),
    K("EMAIL_FUNCTIONAL", "WBJA-Bezwaren-BO-T1@minszw.nl", S("WBJA-Bezwaren-BO-T1@minszw.nl")),
    K("PHONE_GENERAL", "fax 070 333 5116 (department)", P("070 333 5116")),
    K("ADDRESS", "Postbus 90801", P("Postbus 90801")),
    K("ORG", "ministeriële crisiscommissie", P("ministeriële crisiscommissie")),
    K("LAW", "Algemene wet bestuursrecht", P("Algemene wet bestuursrecht")),
    K("CASE_NO", "4.2020.1102.001", S("4.2020.1102.001")),
    K("ORG", "Bureau Ondersteuning team 1", P("Bureau Ondersteuning team 1")),
])

DOCS["ienw_wob_lelystad_2021_pdflib.pdf"] = dict(src="c261", redact=[
    R("PERSON", "Info Author / XMP creator 'Burgers, M.J. (Michel) - HBJZ'", P("Burgers"), P("Michel")),
], keep=[
    K("ORG", "Lelystad Airport", P("Lelystad Airport")),
    K("ORG", "Project Lelystad Airport", P("Project Lelystad Airport")),
    K("ORG", "AERIUS", P("AERIUS")),
    K("EMAIL_FUNCTIONAL", "wob-loket@minienw.nl", S("wob-loket@minienw.nl")),
    K("CASE_NO", "IenW/BSK-2021/20391", S("IenW/BSK-2021/20391")),
    K("TITLE", "Directeur-Generaal Luchtvaart en Maritiem", P("Directeur-Generaal Luchtvaart en Maritiem")),
])

DOCS["buza_wob_efet_2021_pdflib.pdf"] = dict(src="c271", redact=[
    R("PERSON", "A.M.A. Driessen (signing directeur Internationaal Ondernemen)", P("Driessen"), P("A.M.A. Driessen")),
    R("PERSON", "Info Author / XMP creator 'Comic, Mirnel'", P("Comic"), P("Mirnel")),
], keep=[
    K("ORG", "EFET", P("EFET")),
    K("ORG", "European Federation of Energy Traders", P("European Federation of Energy Traders")),
    K("PROGRAMME", "Nord Stream 2", P("Nord Stream 2")),
    K("EMAIL_FUNCTIONAL", "Wob@minbuza.nl", S("Wob@minbuza.nl")),
    K("ORG", "Directie Internationaal Ondernemen", P("Directie Internationaal Ondernemen")),
    K("TITLE", "minister voor Buitenlandse Handel en Ontwikkelingssamenwerking", P("Buitenlandse Handel en Ontwikkelingssamenwerking")),
    K("CASE_NO", "BZ-2021.48860", S("BZ-2021.48860")),
    K("ADDRESS", "Rijnstraat 8 (office)", P("Rijnstraat 8")),
])

DOCS["nvwa_wob_verrijkingsmateriaal_2021_pdflib.pdf"] = dict(src="c265", redact=[
    R("PERSON", "mr. A.A. ten Cate (signing i.o., teamleider Openbaarmaking en privacy)", P("ten Cate"), P("A.A. ten Cate")),
    R("PERSON", "Info Author / XMP creator 'Jeurissen, M.T.P.E. (Ria)'", P("Jeurissen"), P("Ria")),
    R("EMAIL", "custom Info key EMAILADRES 'C.ibis@nvwa.nl' (template sender)", S("C.ibis@nvwa.nl")),
    R("PERSON", "custom Info key NAAMAFZENDER ' andeweg' (template sender's surname, truncated)", P("andeweg")),
], keep=[
    K("ORG", "Stichting Varkens in Nood", P("Stichting Varkens in Nood")),
    K("TITLE", "Teamleider Openbaarmaking en privacy", P("Teamleider Openbaarmaking en privacy")),
    K("TITLE", "Divisiehoofd Juridische Zaken", P("Divisiehoofd Juridische Zaken")),
    K("EMAIL_FUNCTIONAL", "nvwabezwaarenberoep@nvwa.nl", S("nvwabezwaarenberoep@nvwa.nl")),
    K("ADDRESS", "Catharijnesingel 59 (office)", P("Catharijnesingel 59")),
    K("ORG", "Landbouw, Natuur en Voedselkwaliteit", P("Landbouw, Natuur en Voedselkwaliteit")),
    K("ORG", "Nederlandse Voedsel- en Warenautoriteit", P("Nederlandse Voedsel- en Warenautoriteit")),
    K("CASE_NO", "Trcnvwa/21/2749", S("Trcnvwa/21/2749")),
])

DOCS["fin_inventaris_securitisatie_2021_excel.pdf"] = dict(src="c251", redact=[
    R("PERSON", "Info Author / XMP creator 'Brouwer, LM (Lisa) (DJZ/PUBLIEK)'", P("Brouwer"), P("Lisa")),
], keep=[
    K("PERSON_PUBLIC", "MEP Paul Tang", P("Paul Tang"), P("Tang")),
    K("HEADING", "Bijlage B - Inventarislijst", P("Bijlage B - Inventarislijst")),
    K("TEXT", "Deels buiten reikwijdte verzoek", P("Deels buiten reikwijdte verzoek")),
])

DOCS["bd_wob_waardeonderzoek_2020_word2013.pdf"] = dict(src="c201", redact=[
    R("PERSON", "Info Author / XMP creator 'Jan J. de VRIES'", P("VRIES"), P("Jan J. de VRIES")),
], keep=[
    K("ORG", "Belastingdienst", P("Belastingdienst")),
    K("ADDRESS", "Kempkensberg 12 (office)", P("Kempkensberg 12")),
    K("TITLE", "Handboek Waardeonderzoek", P("Handboek Waardeonderzoek")),
    K("TITLE", "directeur van Belastingen MKB", P("Belastingen MKB")),
    K("TITLE", "Procesbeschrijving Waardeonderzoek", P("Procesbeschrijving Waardeonderzoek")),
    K("TITLE", "staatssecretaris van Financiën - Fiscaliteit en Belastingdienst", P("Fiscaliteit en Belastingdienst")),
    K("ORG", "Kantoor Groningen", P("Kantoor Groningen")),
    K("TITLE", "Vooroverleg en Waardeonderzoek", P("Vooroverleg en Waardeonderzoek")),
])

DOCS["szw_inventaris_armeense_genocide_2021_word2016.pdf"] = dict(src="c250", redact=[
    R("PERSON", "Info Author 'pramratan' (account name)", P("pramratan")),
], keep=[
    K("PERSON_PUBLIC", "Kamerlid Omtzigt", P("Omtzigt")),
    K("PERSON_PUBLIC", "Kamerlid Voordewind", P("Voordewind")),
    K("PERSON_PUBLIC", "Kamerlid Van der Staaij", P("Van der Staaij")),
    K("PERSON_PUBLIC", "Kamerlid De Roon", P("De Roon")),
    K("PERSON_PUBLIC", "Kamerlid Van Bommel", P("Van Bommel")),
    K("PERSON_PUBLIC", "Kamerlid Geert Wilders", P("Geert Wilders")),
    K("PERSON_PUBLIC", "minister Asscher", P("Asscher"), P("Minister Asscher")),
    K("PERSON_PUBLIC", "Armenian minister Hakobyan", P("Hakobyan")),
    K("PERSON_PUBLIC", "Kamerlid Van Dijke", P("Van Dijke")),
    K("PERSON_PUBLIC", "minister Timmermans", P("Timmermans")),
    K("PERSON_PUBLIC", "minister Koenders", P("Koenders")),
    K("ORG", "Hay Tad (Armeens Nederlands Comite)", P("Hay Tad")),
    K("ORG", "FAON", P("FAON")),
    K("TOPIC", "Armeense genocide", P("Armeense genocide")),
    K("PLACE", "Armenië", P("Armenië")),
    K("PLACE", "Turkije", P("Turkije")),
    K("ORG", "Tweede Kamer", P("Tweede Kamer")),
])

DOCS["nvwa_wob_kartingbaan_2020.pdf"] = dict(src="c189", redact=[
    R("PERSON", "mr. J.F.L. Roording (signing divisiehoofd Juridische zaken)", P("Roording"), P("mr. J.F.L. Roording")),
], keep=[
    K("TITLE", "Divisiehoofd Juridische zaken", P("Divisiehoofd Juridische zaken")),
    K("CASE_NO", "TRCNVWA/2020/6168", S("TRCNVWA/2020/6168")),
    K("CASE_NO", "TRCNVWA/2020/6149", S("TRCNVWA/2020/6149")),
    K("ORG", "Nederlandse Voedsel- en Warenautoriteit", P("Nederlandse Voedsel- en Warenautoriteit")),
    K("EMAIL_FUNCTIONAL", "nvwabezwaarenberoep@nvwa.nl", S("nvwabezwaarenberoep@nvwa.nl")),
    K("ADDRESS", "Catharijnesingel 59 (office)", P("Catharijnesingel 59")),
    K("ORG", "Landbouw, Natuur en Voedselkwaliteit", P("Landbouw, Natuur en Voedselkwaliteit")),
])

DOCS["ienw_deelbesluit_granuliet_2021.pdf"] = dict(src="c175", redact=[
    R("PERSON", "mevrouw Beuting (HID Rijkswaterstaat Zuid-Nederland, named in the quoted request)", P("Beuting")),
    R("PERSON", "de heer Brandsen (HID WVL, named in the quoted request)", P("Brandsen")),
], keep=[
    K("ORG", "Bontrup", P("Bontrup")),
    K("ORG", "Graniet Import Benelux", P("Graniet Import Benelux")),
    K("ORG", "Rijkswaterstaat Zuid-Nederland", P("Rijkswaterstaat Zuid-Nederland")),
    K("ORG", "Rijkswaterstaat", P("Rijkswaterstaat")),
    K("TOPIC", "granuliet", P("granuliet")),
    K("EMAIL_FUNCTIONAL", "wob-loket@minienw.nl", S("wob-loket@minienw.nl")),
    K("CASE_NO", "IENW/BSK-2021/32819", S("IENW/BSK-2021/32819")),
    K("LAW", "Besluit bodemkwaliteit", P("Besluit bodemkwaliteit")),
    K("TITLE", "DIRECTEUR-GENERAAL WATER EN BODEM", P("DIRECTEUR-GENERAAL WATER EN BODEM")),
    K("ORG", "Wadden", P("Wadden")),
])

DOCS["ienw_inventaris_schiphol_2021_distiller.pdf"] = dict(src="c249", redact=[
    R("PERSON", "Info Author / XMP creator 'JKnuist' (account name)", P("JKnuist")),
], keep=[
    K("PERSON_PUBLIC", "wethouder Nobel (Haarlemmermeer)", P("wethouder Nobel")),
    K("PERSON_PUBLIC", "Hans Alders, chair Omgevingsraad Schiphol (public role)", P("Brief Alders")),
    K("ORG", "RIVM", P("RIVM")),
    K("ORG", "To70", P("To70")),
    K("ORG", "LVNL", P("LVNL")),
    K("ORG", "Adecs Airinfra", P("Adecs Airinfra")),
    K("ORG", "KLM", P("KLM")),
    K("ORG", "Gemeente Uithoorn", P("Gemeente Uithoorn")),
    K("PLACE", "Haarlemmermeer", P("Haarlemmermeer")),
    K("TITLE", "Luchtvaartnota", P("Luchtvaartnota")),
    K("ORG", "Stichting Leefomgeving", P("Stichting Leefomgeving")),
    K("ORG", "Schiphol", P("Schiphol")),
])

DOCS["buza_wob_bkb_2021_mixedscan.pdf"] = dict(src="c203", redact=[
    R("PERSON", "W. Vendrig (signing hoofd afdeling Communicatieadvies)", P("Vendrig"), P("W. Vendrig")),
], keep=[
    K("ORG", "BKB", P("BKB")),
    K("ORG", "Campagnebureau BKB", P("Campagnebureau BKB")),
    K("LAW", "Aanbestedingswet 2012", P("Aanbestedingswet 2012")),
    K("EMAIL_FUNCTIONAL", "WOB@minbuza.nl", S("WOB@minbuza.nl")),
    K("ORG", "Directie Communicatie", P("Directie Communicatie")),
    K("ORG", "Varec SA", P("Varec")),
    K("ORG", "Buitenlandse Zaken", P("Buitenlandse Zaken")),
    K("ADDRESS", "Rijnstraat 8 (office)", P("Rijnstraat 8")),
])

DOCS["jenv_wob_boerenprotest_2020_xerox.pdf"] = dict(src="c184", redact=[
    R("PERSON", "J.W. Schaper (signing directeur Politieel Beleid en Taakuitvoering)", P("Schaper"), P("J.W. Schaper")),
], keep=[
    K("ORG", "Attero", P("Attero")),
    K("PLACE", "Wijster", P("Wijster")),
    K("ORG", "Veiligheidsregio Drenthe", P("Veiligheidsregio Drenthe")),
    K("PLACE", "Midden Drenthe", P("Midden Drenthe")),
    K("TITLE", "Directeur Politieel Beleid en Taakuitvoering", P("Directeur Politieel Beleid en Taakuitvoering")),
    K("TITLE", "korpschef van politie", P("korpschef van politie")),
    K("ORG", "Ministerie van Justitie en Veiligheid", P("Ministerie van Justitie en Veiligheid")),
    K("ADDRESS", "Turfmarkt 147 (office)", P("Turfmarkt 147")),
])

DOCS["az_wob_notulen_ministerraad_2021_xerox.pdf"] = dict(src="c258", redact=[], keep=[
    K("ORG", "Kabinet Minister-President", P("Kabinet Minister-President")),
    K("ORG", "Algemene Zaken", P("Algemene Zaken")),
    K("ADDRESS", "Binnenhof 19 (office)", P("Binnenhof 19")),
    K("PERSON_PUBLIC", "commissie Van Dam (parliamentary committee named after its chair)", P("commissie Van Dam")),
    K("TITLE", "Ongekend Onrecht (report)", P("Ongekend Onrecht")),
    K("LAW", "EVRM", P("EVRM")),
    K("LAW", "Reglement van Orde", P("Reglement van Orde")),
    K("ORG", "Raad van State", P("Raad van State")),
    K("ORG", "Tweede Kamer", P("Tweede Kamer")),
])

DOCS["dji_pizwolle_informatiebladen_2020_acrobat10.pdf"] = dict(src="c238", redact=[
    R("PERSON", "Hans Plattel (vestigingsdirecteur PI Zwolle, signs the letters to inmates)", P("Plattel"), P("Hans Plattel")),
], keep=[
    K("ADDRESS", "Huub van Doornestraat 15 (the prison's address; a street named after a person)", P("Huub van Doornestraat")),
    K("ORG", "PI Zwolle", P("PI Zwolle")),
    K("ORG", "Penitentiaire Inrichting", P("Penitentiaire Inrichting")),
    K("TITLE", "Vestigingsdirecteur", P("Vestigingsdirecteur")),
    K("PERSON_PUBLIC", "premier / Minister President Rutte", P("Rutte")),
    K("ORG", "Gevangenenzorg Nederland", P("Gevangenenzorg Nederland")),
    K("ORG", "RIVM", P("RIVM")),
    K("ORG", "GGD", P("GGD")),
    K("ORG", "PPC", P("PPC")),
    K("ORG", "Gedetineerdencommissie", P("Gedetineerdencommissie")),
    K("TITLE", "Minister van Rechtsbescherming", P("Minister van Rechtsbescherming")),
])

DOCS["buza_wob_ekv_mozambique_2021.pdf"] = dict(src="c260", redact=[
    R("PERSON", "A.M.A. Driessen (signing directeur Internationaal Ondernemen)", P("Driessen"), P("A.M.A. Driessen")),
], keep=[
    K("ORG", "Atradius DSB", P("Atradius DSB")),
    K("PLACE", "Cabo Delgado", P("Cabo Delgado")),
    K("ORG", "Van Oord", P("Van Oord")),
    K("ORG", "Both ENDS", S("Both Ends")),
    K("ORG", "Ambassade Maputo", P("Ambassade Maputo")),
    K("PERSON_PUBLIC", "staatssecretaris Vijlbrief", P("Vijlbrief")),
    K("ORG", "Wereldbank", P("Wereldbank")),
    K("EMAIL_FUNCTIONAL", "Wob@minbuza.nl", S("Wob@minbuza.nl")),
    K("ORG", "IMF", P("IMF")),
    K("ORG", "Total", P("Total")),
])
