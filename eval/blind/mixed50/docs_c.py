"""Documents bh17-bh24: Caribbean Netherlands letters and minutes, agenda export, contact list, chats, e-mail."""
from lib import *  # noqa: F401,F403
from lib import bsn, iban, html_file, soffice, chromium, WORK

ALL = []


def doc(fn):
    ALL.append(fn)
    return fn


@doc
def bh17():
    pdf = DOCS / "bh17_ols_landlease_letter_saba.pdf"
    side = ["**Public Entity Saba", "Government Administration Building", "The Bottom, Saba", "Caribbean Netherlands",
            "T +599 416 3311", "info@sabagov.nl", "", "**Department", "Domain Affairs", "", "**Our reference",
            "OLS/DA/2025-0457", "", "**Date", "2 September 2025", "", "**Contact", "Ms. Kaydene Hassell-Every",
            "kaydene.hassell@sabagov.nl", "+599 416 7729"]
    st = [
        P("Mr. Glenford L. Heyliger<br/>Mountain Road 14<br/>Zion's Hill (Hell's Gate)<br/>Saba"),
        SP(14), P("<b>Subject: your application for a long lease (erfpacht) – lot Booby Hill, parcel Saba A 388</b>"), SP(6),
        P("Dear Mr. Heyliger,"),
        P("The Executive Council (Bestuurscollege) of the Public Entity Saba discussed your application of 12 June 2025 in its meeting "
          "of 26 August 2025. The Executive Council is chaired by Island Governor Jonathan Johnson; the portfolio holder for "
          "domain affairs is Commissioner Bruce Zagers."),
        P("The Executive Council has decided to grant a long lease for a period of 60 years on the lot known as Saba A 388 "
          "(approx. 620 m²), subject to the Island Ordinance Domain Land Policy (Eilandsverordening domeingrond). The annual canon is "
          "USD 310. A surveyor of the Kadaster Caribisch Nederland will stake out the lot."),
        P("We noted from your letter that you wish to build a home for your daughter, Ms. Shaniqua Heyliger, who receives dialysis "
          "treatment at the Saba Cares hospital (A.M. Edwards Medical Center). This personal circumstance has not been weighed in the decision."),
        P("Please sign the enclosed declaration and return it to the Domain Affairs office or to domainaffairs@sabagov.nl within six weeks. "
          "If you disagree with this decision you may lodge an objection (bezwaar) with the Executive Council under the "
          "Wet administratieve rechtspraak BES."),
        SP(6), P("Kind regards,<br/>On behalf of the Executive Council,"), Signature(71),
        P("Tricia N. Sorton-Linzey<br/>Head of Domain Affairs"),
    ]
    build_rl(pdf, st, org=["Public Entity Saba", "Openbaar Lichaam Saba"], side=side, top_color="#0b6e4f",
             footer="OLS/DA/2025-0457", title="Long lease Booby Hill - Heyliger", author="Hassell-Every, Kaydene")
    red = [
        R("PERSON", "Glenford L. Heyliger", "Heyliger", "Glenford"),
        R("ADDRESS", "Mountain Road 14", "Mountain Road 14"),
        R("PARCEL", "Saba A 388", ("A 388", True)),
        R("PERSON", "Shaniqua Heyliger", "Shaniqua"),
        R("HEALTH", "dialysis treatment", ("dialysis", True)),
        R("PERSON", "Kaydene Hassell-Every", "Kaydene", "Hassell-Every"),
        R("EMAIL", "kaydene.hassell@sabagov.nl", ("kaydene.hassell@sabagov.nl", False)),
        R("PHONE", "+599 416 7729", ("+599 416 7729", False)),
        R("PERSON", "Tricia N. Sorton-Linzey", "Sorton-Linzey", "Tricia"),
    ]
    keep = [
        K("ORG", "Public Entity Saba"), K("ORG", "Openbaar Lichaam Saba"), K("PLACE", "The Bottom"),
        K("SWITCHBOARD", "+599 416 3311", ("+599 416 3311", False)), K("MAILBOX", "info@sabagov.nl", ("info@sabagov.nl", False)),
        K("CASE", "OLS/DA/2025-0457", ("OLS/DA/2025-0457", False)), K("PLACE", "Booby Hill"), K("ORG", "Executive Council"),
        K("OFFICE_HOLDER", "Island Governor Jonathan Johnson", "Jonathan Johnson"),
        K("OFFICE_HOLDER", "Commissioner Bruce Zagers", "Bruce Zagers"), K("LAW", "Island Ordinance Domain Land Policy"),
        K("ORG", "Kadaster Caribisch Nederland"), K("ORG", "Saba Cares"), K("ORG", "A.M. Edwards Medical Center"),
        K("MAILBOX", "domainaffairs@sabagov.nl", ("domainaffairs@sabagov.nl", False)), K("LAW", "Wet administratieve rechtspraak BES"),
        K("ROLE", "Head of Domain Affairs"), K("PLACE", "Zion's Hill", ("Zion's Hill", False)),
        K("AMOUNT", "USD 310", ("USD 310", False)),
    ]
    return pdf, red, keep


@doc
def bh18():
    pdf = DOCS / "bh18_olb_karta_papiamentu.pdf"
    side = ["**Entidat Públiko Boneiru", "Openbaar Lichaam Bonaire", "Kaya Grandi 2", "Kralendijk, Boneiru",
            "Tel. +599 715 5300", "", "**Sekshon", "Maneho di Tereno / Grondzaken", "", "**Referensia", "OLB/GZ/2025-1902",
            "", "**Fecha", "17 di mart 2025", "", "**Informashon", "Ruthmila Trinidad", "+599 796 2203",
            "ruthmila.trinidad@bonairegov.com"]
    st = [
        P("Sra. Yomaira E. Soliana-Cecilia<br/>Kaya Neerlandia 9<br/>Rincon, Boneiru"),
        SP(14), P("<b>Asuntu: pago di kanon di tereno na erfpacht / betreft: achterstand erfpachtcanon</b>"), SP(6),
        P("Stimá Sra. Soliana,"),
        P("Ku e karta aki nos ta informá bo ku e pago di kanon di bo tereno (perseel Boneiru C 1471) ta atrasá. "
          "Segun nos atministrashon bo tin un debe di USD 1.245,00 over di añanan 2023 i 2024."),
        P("<i>(Nederlandse samenvatting)</i> Uit onze administratie blijkt dat u een achterstand heeft van USD 1.245,00 "
          "in de erfpachtcanon over 2023 en 2024 voor het perceel Boneiru C 1471. Wij verzoeken u dit bedrag binnen 30 dagen te "
          "voldoen op rekening van het Openbaar Lichaam bij de MCB Bonaire, onder vermelding van OLB/GZ/2025-1902."),
        P("Nos a haña sa ku bo a keda sin trabou despues di bo operashon na Fundashon Mariadal. Si bo ke un areglo di pago, "
          "tuma kontakto ku Sekshon di Grondzaken òf ku Fundashon Krusada (tel. +599 717 8222)."),
        P("Si bo no ta di akuerdo ku e desishon aki, bo por hasi un bezwaar serka e Kolegio Ehekutivo den un periodo di seis siman."),
        SP(6), P("Ku saludo kordial,<br/>Met vriendelijke groet,"), Signature(18),
        P("Jair M. Anthonia<br/>Hefe Sekshon Maneho di Tereno"),
        SP(6), P("Kopia / kopie: Dienst Financiën OLB; Sekshon Finansas", "s"),
    ]
    build_rl(pdf, st, org=["Entidat Públiko Boneiru", "Openbaar Lichaam Bonaire"], side=side, top_color="#0052a5",
             footer="OLB/GZ/2025-1902", title="Karta atraso kanon - Soliana", author="Trinidad, Ruthmila")
    red = [
        R("PERSON", "Yomaira E. Soliana-Cecilia", "Yomaira", "Soliana-Cecilia", ("Sra. Soliana", False)),
        R("ADDRESS", "Kaya Neerlandia 9", "Kaya Neerlandia 9"),
        R("PARCEL", "Boneiru C 1471", ("C 1471", True)),
        R("FINANCIAL", "debe USD 1.245,00", ("1.245,00", False)),
        R("HEALTH", "bo operashon", ("bo operashon", False)),
        R("PERSON", "Ruthmila Trinidad", "Ruthmila", ("Trinidad", True)),
        R("PHONE", "+599 796 2203", ("+599 796 2203", False)),
        R("EMAIL", "ruthmila.trinidad@bonairegov.com", ("ruthmila.trinidad@bonairegov.com", False)),
        R("PERSON", "Jair M. Anthonia", "Anthonia", "Jair"),
    ]
    keep = [
        K("ORG", "Entidat Públiko Boneiru"), K("ORG", "Openbaar Lichaam Bonaire"), K("STREET", "Kaya Grandi 2"),
        K("PLACE", "Kralendijk"), K("SWITCHBOARD", "+599 715 5300", ("+599 715 5300", False)), K("PLACE", "Rincon"),
        K("CASE", "OLB/GZ/2025-1902", ("OLB/GZ/2025-1902", False)), K("ORG", "MCB Bonaire"), K("ORG", "Fundashon Mariadal"),
        K("ORG", "Fundashon Krusada"), K("SWITCHBOARD", "+599 717 8222", ("+599 717 8222", False)), K("ORG", "Kolegio Ehekutivo"),
        K("ROLE", "Hefe Sekshon Maneho di Tereno"), K("ORG", "Dienst Financiën OLB"), K("TERM", "Ku saludo kordial"),
        K("TERM", "Stimá"), K("TERM", "erfpachtcanon"), K("DATE", "17 di mart 2025"),
    ]
    return pdf, red, keep


@doc
def bh19():
    pdf = DOCS / "bh19_ole_island_council_minutes.pdf"
    st = [
        Bookmark("Minutes Island Council 2025-07"),
        P("Public Entity St. Eustatius · Openbaar Lichaam Sint Eustatius · Griffie", "s"),
        P("Minutes of the public meeting of the Island Council of St. Eustatius", "h1"),
        LV([("Date", "Thursday 10 July 2025, 7:00 pm, Government Guesthouse, Oranjestad"),
            ("Chair", "Island Governor Alida Francis"),
            ("Present", "Island Council members Reuben Merkman, Adelka Spanner, Koos Sneek, Clyde van Putten and "
             "Rosaline Gibbs-Redan; Commissioner Claudia Toet; Island Registrar (griffier) mr. D.A. Woodley-Schmidt"),
            ("Minutes", "Ms. Tamika Berkel, Griffie")], 28 * mm, 138 * mm),
        H("1. Opening"),
        P("The Chair opens the meeting at 7:04 pm and welcomes the members, the public and the viewers of Statia Government Radio (93.3 FM)."),
        H("2. Public hearing (Spreekrecht burgers)"),
        P("Mr. Winston ‘Tiny’ Courtar, resident of Cherry Tree Road, speaks about the water outages. He states that his mother, who is "
          "bedridden after a stroke, went without running water for four days. He asks when STUCO will repair the distribution pipe. "
          "Ms. Juliette de Weever-Lopes, owner of Blue Bead Guesthouse, speaks about the harbour fees."),
        P("Commissioner Toet answers that STUCO (St. Eustatius Utility Company) expects the repairs to be completed in August 2025 "
          "and that the Ministry of Infrastructure and Water Management (IenW) finances the project through the BES Fund."),
        H("3. Draft Island Ordinance on Harbour Fees 2025"),
        P("Member Merkman (PLP) proposes an amendment to freeze fees for local fishermen. Member Spanner (DP) supports it. "
          "The amendment is adopted with 4 votes in favour and 1 against (member Van Putten)."),
        H("4. Closing"),
        P("De voorzitter sluit de vergadering om 21:36 uur. De notulen worden vastgesteld in de volgende vergadering. "
          "Questions: griffie@statiagov.com or +599 318 2888 (Griffie)."),
        PageBreak(),
        H("Annex – attendance list public gallery (internal)"),
        T([["Name", "Organisation / address", "Phone"],
           ["Winston Courtar", "Cherry Tree Road 22", "+599 319 5527"],
           ["Juliette de Weever-<br/>Lopes", "Blue Bead Guesthouse", "+599 318 4470"],
           ["Marvin<br/>HOOKER", "Statia Fishermen's Association", "+599 319 6081"],
           ["Anne-Marie Leerdam", "RCN-unit SZW (observer)", "-"]],
          [45 * mm, 70 * mm, 40 * mm]),
        SP(6), P("Prepared by T. Berkel, Griffie, 11 July 2025.", "s"),
    ]
    build_rl(pdf, st, footer="Island Council St. Eustatius - minutes 10 July 2025", title="Minutes Island Council 10 July 2025",
             author="Tamika Berkel")
    red = [
        R("PERSON", "D.A. Woodley-Schmidt", "Woodley-Schmidt"),
        R("PERSON", "Tamika Berkel", "Tamika", "Berkel"),
        R("PERSON", "Winston Courtar", "Courtar", "Winston", ("‘Tiny’", False)),
        R("ADDRESS", "Cherry Tree Road 22", "Cherry Tree Road 22"),
        R("HEALTH", "bedridden after a stroke", ("bedridden after a stroke", False)),
        R("PERSON", "Juliette de Weever-Lopes", "Juliette", "de Weever-", "de Weever-Lopes"),
        R("PHONE", "+599 319 5527", ("+599 319 5527", False)), R("PHONE", "+599 318 4470", ("+599 318 4470", False)),
        R("PERSON", "Marvin Hooker", "Marvin", "HOOKER"), R("PHONE", "+599 319 6081", ("+599 319 6081", False)),
        R("PERSON", "Anne-Marie Leerdam", "Anne-Marie Leerdam"),
    ]
    keep = [
        K("ORG", "Public Entity St. Eustatius"), K("ORG", "Openbaar Lichaam Sint Eustatius"), K("ORG", "Island Council"),
        K("PLACE", "Oranjestad"), K("OFFICE_HOLDER", "Island Governor Alida Francis", "Alida Francis"),
        K("OFFICE_HOLDER", "Reuben Merkman", "Reuben Merkman", "Merkman"), K("OFFICE_HOLDER", "Adelka Spanner", "Adelka Spanner", "Spanner"),
        K("OFFICE_HOLDER", "Koos Sneek", "Koos Sneek"), K("OFFICE_HOLDER", "Clyde van Putten", "Clyde van Putten", "Van Putten"),
        K("OFFICE_HOLDER", "Rosaline Gibbs-Redan", "Rosaline Gibbs-Redan"), K("OFFICE_HOLDER", "Commissioner Claudia Toet", "Claudia Toet", "Toet"),
        K("ORG", "Statia Government Radio"), K("ORG", "STUCO"), K("ORG", "St. Eustatius Utility Company"),
        K("ORG", "Ministry of Infrastructure and Water Management"), K("ORG", "IenW"), K("PROGRAMME", "BES Fund"),
        K("LAW", "Island Ordinance on Harbour Fees 2025"), K("ORG", "PLP"), K("ORG", "DP"),
        K("MAILBOX", "griffie@statiagov.com", ("griffie@statiagov.com", False)), K("SWITCHBOARD", "+599 318 2888", ("+599 318 2888", False)),
        K("COMPANY", "Blue Bead Guesthouse"), K("ORG", "Statia Fishermen's Association", ("Statia Fishermen's Association", False)),
        K("ORG", "RCN-unit SZW"), K("ROLE", "Island Registrar"),
    ]
    return pdf, red, keep


@doc
def bh20():
    pdf = DOCS / "bh20_agenda_export_dijkgraaf.pdf"
    css = """body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:9.5pt;margin:0}
.top{background:#0f6cbd;color:#fff;padding:6px 10px;font-size:11pt}.sub{color:#555;font-size:8.5pt;margin:6px 10px}
table{border-collapse:collapse;width:100%;margin:0 0 8px 0}td,th{border-bottom:1px solid #ddd;padding:4px 6px;vertical-align:top;text-align:left}
th{background:#f3f2f1;font-weight:600}.day{background:#e8f1fb;font-weight:bold}.priv{color:#777;font-style:italic}
@page{size:A4;margin:14mm}"""
    rows = [
        ("day", "maandag 6 oktober 2025"),
        ("08:30–09:00", "Dagstart met bestuurssecretariaat", "Kamer dijkgraaf, Hoofdkantoor Houten", "Mirjam Kalsbeek (bestuurssecretaris); Ton Verhagen"),
        ("10:00–11:30", "Dagelijks Bestuur (DB)", "Vergaderzaal De Lek", "heemraden; secretaris-directeur"),
        ("12:00–12:45", "PRIVÉ – tandarts (geblokt door Esther)", "", "Esther de Groot-Mahabier"),
        ("14:00–15:00", "Overleg Rijkswaterstaat Midden-Nederland over dijkversterking Lekdijk (HWBP)", "Teams", "HID RWS MN; projectdirecteur Sterke Lekdijk; Joost Ravensbergen (adviseur)"),
        ("16:00–16:30", "Interview RTV Utrecht over droogte (met woordvoerder Pieter Boomsma)", "Hoofdkantoor", ""),
        ("day", "dinsdag 7 oktober 2025"),
        ("09:00–17:00", "Unie van Waterschappen – ledenvergadering", "Koningskade 40, Den Haag", ""),
        ("17:30–18:30", "Afwezig Mirjam (fysiotherapie, privé)", "", "Mirjam Kalsbeek"),
        ("19:30–21:30", "Algemeen Bestuur – informatiebijeenkomst", "Hoofdkantoor, Poeldijkstraat 4", "fractievoorzitters"),
        ("day", "woensdag 8 oktober 2025"),
        ("08:00–08:30", "Bellen met gedeputeerde Mirjam Sterk (provincie Utrecht)", "telefonisch", ""),
        ("11:00–12:00", "Werkbezoek gemaal Weerdsluis met bewoners (Eric en Sandra Hoogendoorn-Pilon, Lekdijk West)", "Weerdsluis", "Ton Verhagen; omgevingsmanager Aysel Kılıç"),
        ("13:30–14:00", "Mobiel Ton bij afwezigheid: 06 2931 8842", "", ""),
    ]
    trs = []
    for r in rows:
        if r[0] == "day":
            trs.append(f'<tr><td class="day" colspan="4">{r[1]}</td></tr>')
        else:
            cls = ' class="priv"' if "PRIV" in r[1].upper() or "privé" in r[1] else ""
            trs.append(f"<tr{cls}><td>{r[0]}</td><td>{r[1]}</td><td>{r[2]}</td><td>{r[3]}</td></tr>")
    body = (f'<div class="top">Agenda – dijkgraaf Wilma Hoogervorst-Mees · Hoogheemraadschap De Stichtse Rijnlanden</div>'
            f'<div class="sub">Export uit Outlook (weekweergave 6–8 oktober 2025) · aangemaakt door bestuurssecretariaat@hdsr.nl · '
            f'geprint 3-10-2025 16:12</div><table><tr><th style="width:16%">Tijd</th><th>Onderwerp</th><th style="width:20%">Locatie</th>'
            f'<th style="width:26%">Deelnemers</th></tr>{"".join(trs)}</table>'
            '<p class="sub">Afspraken gemarkeerd als privé zijn door het secretariaat ingevuld. Telefoon hoofdkantoor: 030 - 6345 700.</p>')
    src = html_file(WORK / "bh20_agenda_export_dijkgraaf.html", "Agenda dijkgraaf week 41", body, css)
    chromium(src, pdf)
    red = [
        R("PERSON", "Mirjam Kalsbeek", "Kalsbeek", ("Mirjam", True, 1)),
        R("PERSON", "Ton Verhagen", "Verhagen", "Ton"),
        R("PERSON", "Esther de Groot-Mahabier", "Esther", "de Groot-Mahabier"),
        R("PERSON", "Joost Ravensbergen", "Ravensbergen", "Joost"),
        R("HEALTH", "fysiotherapie (privé)", ("fysiotherapie", True)),
        R("PRIVATE", "tandarts", ("tandarts", True)),
        R("PERSON", "Eric en Sandra Hoogendoorn-Pilon", "Hoogendoorn-Pilon", "Eric", "Sandra"),
        R("PERSON", "Aysel Kılıç", "Aysel", "Kılıç"),
        R("PHONE", "06 2931 8842", ("06 2931 8842", False)),
    ]
    keep = [
        K("OFFICE_HOLDER", "dijkgraaf Wilma Hoogervorst-Mees", "Wilma Hoogervorst-Mees"),
        K("ORG", "Hoogheemraadschap De Stichtse Rijnlanden"), K("ORG", "Rijkswaterstaat Midden-Nederland"),
        K("PROGRAMME", "Sterke Lekdijk"), K("PROGRAMME", "HWBP"), K("ORG", "RTV Utrecht"),
        K("SPOKESPERSON", "woordvoerder Pieter Boomsma", "Pieter Boomsma"), K("ORG", "Unie van Waterschappen"),
        K("STREET", "Koningskade 40"), K("STREET", "Poeldijkstraat 4"),
        K("OFFICE_HOLDER", "gedeputeerde Mirjam Sterk", "Mirjam Sterk"), K("ORG", "provincie Utrecht"),
        K("PLACE", "Weerdsluis"), K("MAILBOX", "bestuurssecretariaat@hdsr.nl", ("bestuurssecretariaat@hdsr.nl", False)),
        K("SWITCHBOARD", "030 - 6345 700", ("030 - 6345 700", False)), K("ROLE", "bestuurssecretaris"), K("ROLE", "omgevingsmanager"),
        K("ORG", "Dagelijks Bestuur"), K("ORG", "Algemeen Bestuur"), K("PRODUCT", "Teams"), K("PRODUCT", "Outlook"),
        K("ROLE", "secretaris-directeur"),
    ]
    return pdf, red, keep


@doc
def bh21():
    pdf = DOCS / "bh21_contactlijst_projectteam_zuidasdok.pdf"
    rows = [["Naam", "Rol", "Organisatie", "Mobiel", "E-mail"],
            ["Ir. Hendrika\n(Rieke) Boersma", "Omgevingsmanager", "Rijkswaterstaat", "06 4470 1285", "rieke.boersma@rws.nl"],
            ["Mohamed\nBen Haddou", "Technisch manager spoor", "ProRail", "06 1093 6624", "mohamed.benhaddou@prorail.nl"],
            ["VAN DER HOEVEN,\nKarel", "Contractmanager", "Zuidasdok (RWS/ProRail/Gem. Amsterdam)", "06 5518 2409", "k.vanderhoeven@zuidasdok.nl"],
            ["Lotte\nAmsterdam", "Stakeholdermanager", "Gemeente Amsterdam", "06 2201 7740", "l.amsterdam@amsterdam.nl"],
            ["Dr. Piotr\nWiśniewski", "Tunnel safety engineer", "Royal HaskoningDHV", "+31 6 3867 1150", "piotr.wisniewski@rhdhv.com"],
            ["Functioneel", "Omgevingsteam", "Zuidasdok", "020 - 2041 000", "omgeving@zuidasdok.nl"],
            ["Functioneel", "Meldkamer ProRail VL-post", "ProRail", "088 - 2315 000", "vlpost.amsterdam@prorail.nl"],
            ["Sjaak\nde Boer", "Veiligheidskundige", "NCTV (liaison vitale infra)", "06 5720 4419", "s.deboer@nctv.minjenv.nl"]]
    src = fods_file(WORK / "bh21_contactlijst_projectteam_zuidasdok.fods", "Contactlijst", rows, [3.0, 3.4, 3.3, 2.6, 4.6])
    soffice(src, pdf, info={"Author": "Rieke Boersma", "Title": "Contactlijst projectteam Zuidasdok v7"})
    red = [
        R("PERSON", "Rieke Boersma", "Hendrika", "Rieke", "Boersma"), R("PHONE", "06 4470 1285", ("06 4470 1285", False)),
        R("EMAIL", "rieke.boersma@rws.nl", ("rieke.boersma@rws.nl", False)),
        R("PERSON", "Mohamed Ben Haddou", "Mohamed", "Ben Haddou"), R("PHONE", "06 1093 6624", ("06 1093 6624", False)),
        R("EMAIL", "mohamed.benhaddou@prorail.nl", ("mohamed.benhaddou@prorail", False)),
        R("PERSON", "Karel van der Hoeven", ("VAN DER HOEVEN", True), "Karel"), R("PHONE", "06 5518 2409", ("06 5518 2409", False)),
        R("EMAIL", "k.vanderhoeven@zuidasdok.nl", ("k.vanderhoeven@zuidasdok.nl", False)),
        R("PERSON", "Lotte Amsterdam", "Lotte", ("Amsterdam", True, -1)), R("PHONE", "06 2201 7740", ("06 2201 7740", False)),
        R("EMAIL", "l.amsterdam@amsterdam.nl", ("l.amsterdam@amsterdam.nl", False)),
        R("PERSON", "Piotr Wiśniewski", "Piotr", "Wiśniewski"), R("PHONE", "+31 6 3867 1150", ("+31 6 3867 1150", False)),
        R("EMAIL", "piotr.wisniewski@rhdhv.com", ("piotr.wisniewski@rhdhv.com", False)),
        R("PERSON", "Sjaak de Boer", "Sjaak", "de Boer"), R("PHONE", "06 5720 4419", ("06 5720 4419", False)),
        R("EMAIL", "s.deboer@nctv.minjenv.nl", ("s.deboer@nctv.minjenv.nl", False)),
    ]
    keep = [
        K("ORG", "Rijkswaterstaat"), K("ORG", "ProRail"), K("PROGRAMME", "Zuidasdok"), K("ORG", "Gemeente Amsterdam"),
        K("COMPANY", "Royal HaskoningDHV"), K("ORG", "NCTV"), K("ROLE", "Omgevingsmanager"), K("ROLE", "Technisch manager spoor"),
        K("ROLE", "Contractmanager"), K("ROLE", "Stakeholdermanager"), K("ROLE", "Tunnel safety engineer"), K("ROLE", "Veiligheidskundige"),
        K("SWITCHBOARD", "020 - 2041 000", ("020 - 2041 000", False)), K("SWITCHBOARD", "088 - 2315 000", ("088 - 2315 000", False)),
        K("MAILBOX", "omgeving@zuidasdok.nl", ("omgeving@zuidasdok.nl", False)),
        K("MAILBOX", "vlpost.amsterdam@prorail.nl", ("vlpost.amsterdam@prorail.nl", False)), K("TERM", "Functioneel"),
    ]
    return pdf, red, keep


@doc
def bh22():
    pdf = DOCS / "bh22_teams_chat_storing_brug.pdf"
    css = """body{font-family:'DejaVu Sans',sans-serif;font-size:9.5pt;margin:0}.hdr{border-bottom:2px solid #6264a7;padding:6px 0;margin-bottom:8px}
.hdr b{color:#6264a7;font-size:12pt}.m{margin:0 0 9px 0}.who{font-weight:bold}.t{color:#777;font-size:8pt;margin-left:6px}
.txt{margin:2px 0 0 0}.me .txt{background:#e8ebfa;padding:4px 6px;border-radius:4px}.sys{color:#666;font-style:italic;font-size:8.5pt;margin:8px 0}
@page{size:A4;margin:16mm}"""
    msgs = [
        ("Jeroen Lubbers", "06:58", "Morgen allemaal. Brug Zwartewaal staat weer in storing, hydrauliek druk valt weg. Wie is er van Strukton onderweg?"),
        ("Fleur Ntamack", "07:01", "Ik heb Bram van Strukton gebeld, hij is er om 7:40. Scheepvaart is gemeld via de VTS-post Botlek."),
        ("Bram Kolkman (Strukton)", "07:03", "Klopt, ik neem de reservepomp mee (Bosch Rexroth A10VSO)."),
        ("Jeroen Lubbers", "07:05", "Top. @Fleur kun jij de omgeving informeren? Gebruik de standaardtekst van RWS en zet het op Melvin."),
        ("Fleur Ntamack", "07:06", "Doe ik. Ik ben trouwens vanaf 14:00 weg, zwangerschapscontrole bij de verloskundige :-)"),
        ("sys", "", "Kees-Jan Zwartewaal is toegevoegd aan de chat."),
        ("Kees-Jan Zwartewaal", "07:20", "Ik neem het over van Fleur vanaf 13:30. Mijn privénummer voor vannacht: 06 4180 2267."),
        ("Jeroen Lubbers", "07:22", "Dank Kees-Jan. Escalatie naar de HID alleen bij stremming > 4 uur, anders via de wachtdienst (088 - 797 5050)."),
        ("Fleur Ntamack", "08:15", "Update: brug om 08:09 weer in bedrijf. Storingsnummer M25-10231 in Ultimo."),
        ("Jeroen", "08:16", "Thanks allemaal. Mail aan vaarwegbeheer@rws.nl volgt."),
    ]
    html = []
    for who, t, txt in msgs:
        if who == "sys":
            html.append(f'<div class="sys">{txt}</div>')
        else:
            me = ' me' if who.startswith("Jeroen") else ''
            html.append(f'<div class="m{me}"><span class="who">{who}</span><span class="t">{t}</span><div class="txt">{txt}</div></div>')
    body = ('<div class="hdr"><b>Storing Zwartewaal brug – wachtdienst RWS WNZ</b><br>Chat in Microsoft Teams · 14 oktober 2025 · 4 deelnemers · '
            'geëxporteerd door Jeroen Lubbers</div>' + "".join(html))
    src = html_file(WORK / "bh22_teams_chat_storing_brug.html", "Teams-chat storing brug Zwartewaal", body, css)
    chromium(src, pdf, info={"Author": "Jeroen Lubbers"})
    red = [
        R("PERSON", "Jeroen Lubbers", "Lubbers", "Jeroen"),
        R("PERSON", "Fleur Ntamack", "Ntamack", "Fleur"),
        R("PERSON", "Bram Kolkman", "Kolkman", "Bram"),
        R("HEALTH", "zwangerschapscontrole", "zwangerschapscontrole"),
        R("PERSON", "Kees-Jan Zwartewaal", "Kees-Jan", ("Zwartewaal", True, -2)),
        R("PHONE", "06 4180 2267", ("06 4180 2267", False)),
    ]
    keep = [
        K("PLACE", "Zwartewaal", ("Brug Zwartewaal", False), ("Storing Zwartewaal", False)),
        K("COMPANY", "Strukton"), K("ORG", "VTS-post Botlek"), K("PRODUCT", "Bosch Rexroth A10VSO"), K("ORG", "RWS"),
        K("PRODUCT", "Melvin"), K("ROLE", "HID"), K("SWITCHBOARD", "088 - 797 5050", ("088 - 797 5050", False)),
        K("CASE", "M25-10231", ("M25-10231", False)), K("PRODUCT", "Ultimo"), K("MAILBOX", "vaarwegbeheer@rws.nl", ("vaarwegbeheer@rws.nl", False)),
        K("PRODUCT", "Microsoft Teams"), K("TERM", "hydrauliek"), K("TERM", "wachtdienst"),
    ]
    return pdf, red, keep
