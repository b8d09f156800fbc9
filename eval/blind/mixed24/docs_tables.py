"""Tables: attendance grids, RACI, contact lists, rosters, sorted and CAPITALS lists, post-nominals."""
from lib import Doc


def t01():
    d = Doc("ah12-presentielijst-leernetwerk", "rl", dom="rijksoverheid.nl", landscape=True, size=9,
            header="Leernetwerk Informatiehuishouding Rijk - presentielijst 2025", footer="X = aanwezig, a = afgemeld, - = niet aanwezig")
    K = d.K
    ps = sorted(d.people(26), key=lambda p: p.last)
    orgs = [K(o) for o in ("Belastingdienst", "DUO", "Rijkswaterstaat", "RVO", "UWV", "CJIB", "IND", "Nationaal Archief",
                          "Logius", "SSC-ICT", "DJI", "KNMI", "Kadaster")]
    dates = [K(x, "DATE") for x in ("16 jan", "13 mrt", "15 mei", "10 jul", "11 sep", "6 nov")]
    d.title("Presentielijst " + K("Leernetwerk Informatiehuishouding", "PROG"))
    d.p(f"Bijeenkomsten 2025, locatie {K('Rijksportaal', 'ORG')} / {K('Beatrixgebouw', 'ORG')} Den Haag. Coördinator: {ps[0].full()}.")
    rows = [["Naam", "Organisatie"] + dates]
    for i, p in enumerate(ps):
        marks = [d.rng.choice(["X", "X", "X", "a", "-"]) for _ in dates]
        rows.append([p.sort(), orgs[i % len(orgs)]] + marks)
    d.table(rows, widths=[0.24, 0.22] + [0.09] * 6, size=8.5)
    d.p(f"Vragen over de presentielijst aan het secretariaat ({K('leernetwerk-ihh@rijksoverheid.nl', 'MAILBOX')}).")
    return d


def t02():
    d = Doc("ah13-raci-datagedreven-werken", "ch", dom="gemeenteamersfoort.nl", landscape=True)
    K = d.K
    ps = [d.person(o) for o in ("nl", "ma", "sr", "nl", "cn", "fy", "nl")]
    d.meta["Title"] = "RACI programma Datagedreven Werken"
    d.title(K("RACI", "ACRONYM") + "-matrix programma " + K("Datagedreven Werken", "PROG"))
    d.p(f"{K('Gemeente Amersfoort', 'ORG')} - versie 0.4, {K('oktober 2025', 'DATE')}. {K('R = Responsible', 'TERM')}, {K('A = Accountable', 'TERM')}, "
        f"{K('C = Consulted', 'TERM')}, {K('I = Informed', 'TERM')}.")
    hdr = ["Activiteit"] + [f"{p.fn()}\n{p.sn()}" for p in ps[:6]] + [K("CIO-office", "ORG")]
    acts = ["Datastrategie vaststellen", "Dataplatform (Azure) beheer", "DPIA's uitvoeren", "Dashboard sociaal domein",
            "Algoritmeregister bijhouden", "Datakwaliteit BRP-koppeling", "Training datageletterdheid", "Rapportage aan directieraad"]
    rows = [hdr]
    for a in acts:
        rows.append([a] + [d.rng.choice(["R", "A", "C", "I", "", "C", "I"]) for _ in range(7)])
    d.table(rows, widths=[0.28] + [0.1] * 6 + [0.12], size=9)
    d.h("Rollen")
    d.table([["Rol", "Naam", "Toelichting"],
             [K("Programme Owner", "TERM"), ps[0].full(), "opdrachtgever namens directieraad"],
             [K("Lead Data Engineer", "TERM"), ps[4].full(), "platform en pipelines"],
             [K("Privacy Officer", "TERM"), ps[1].full(), "DPIA's en verwerkingsregister"],
             [K("Stakeholder", "TERM") + " sociaal domein", ps[2].full(), "dashboard en datakwaliteit"],
             [K("Product Owner", "TERM") + " algoritmeregister", ps[6].full(), "ook contact met " + K("Autoriteit Persoonsgegevens", "ORG")]],
            widths=[0.3, 0.3, 0.4])
    d.p(f"Opmerking {ps[3].fn()}: {ps[5].fn()} neemt de rol van {ps[6].fn()} over zolang die met verlof is (tot {K('maart', 'DATE')}).")
    rv = d.person("nl")
    d.outline = [("RACI-matrix v0.4", 0), (f"Opmerkingen {rv.full()}", 0)]
    return d


def t03():
    d = Doc("ah14-contactpersonen-ketenpartners", "lo", dom="rotterdam.nl", size=9,
            header="Gemeente Rotterdam | Programma Wijkaanpak Zuid | contactpersonenlijst")
    K = d.K
    rows = [["Organisatie", "Contactpersoon", "Functie", "Telefoon", "E-mail"]]
    spec = [("Erasmus MC", "erasmusmc.nl", "verpleegkundige transfer", "mob"),
            ("Maasstad Ziekenhuis", "maasstadziekenhuis.nl", "zorgcoördinator", "010"),
            ("Woonstad Rotterdam", "woonstadrotterdam.nl", "wijkbeheerder", "mob2"),
            ("Havensteder", "havensteder.nl", "consulent leefbaarheid", "mob"),
            ("Politie Rotterdam", "politie.nl", "wijkagent Feijenoord", "mob"),
            ("GGD Rotterdam-Rijnmond", "rotterdam.nl", "jeugdarts", "010"),
            ("Hogeschool Rotterdam", "hr.nl", "lector stedelijke vernieuwing", "intl"),
            ("Stichting BOOR", "stichtingboor.nl", "bovenschools directeur", "mob2"),
            ("Veilig Thuis Rotterdam Rijnmond", "veiligthuisrr.nl", "teamleider", "mob"),
            ("Vraagwijzer Feijenoord", "rotterdam.nl", "wijkteamleider", "010")]
    ps = []
    for i, (org, dom, fun, tel) in enumerate(spec):
        p = d.person()
        ps.append(p)
        name = f"{p.fn()}\n{p.sn()}" if i % 3 == 0 else (f"{p.initials} {p.sn()}" if i % 3 == 1 else p.full())
        if i % 3 == 1:
            p.sn()
        rows.append([K(org), name, K(fun, "ROLE"), p.tel(tel), p.mail(dom)])
    d.title("Contactpersonen ketenpartners " + K("Wijkaanpak Zuid", "PROG"))
    d.p(f"Stand {K('1 oktober 2025', 'DATE')}. Alleen voor intern gebruik door de wijkregisseurs. Wijzigingen doorgeven aan {K('wijkaanpakzuid@rotterdam.nl', 'MAILBOX')}.")
    d.table(rows, widths=[0.17, 0.15, 0.17, 0.15, 0.36], size=8)
    d.p(f"Algemene nummers: Erasmus MC {K('010 704 0704', 'PHONE_SWITCH')}, gemeente {K('14 010', 'PHONE_SWITCH')}, politie {K('0900-8844', 'PHONE_SWITCH')}.")
    d.p(f"De lijst werd tot september beheerd door {ps[2].full()}. Zie ook het {K('Nationaal Programma Rotterdam Zuid', 'PROG')}.")
    return d


def t04():
    d = Doc("ah15-bereikbaarheidsrooster", "fp", dom="vrbn.nl", landscape=True, size=9,
            header="Veiligheidsregio Midden- en West-Brabant - Bereikbaarheidsrooster piketfuncties Q4 2025")
    K = d.K
    ps = d.people(14)
    d.title("Bereikbaarheidsrooster piketfuncties " + K("oktober", "DATE") + " - " + K("november", "DATE") + " 2025")
    d.p(f"Functies: {K('OvD', 'ACRONYM')} (officier van dienst), {K('HOvD', 'ACRONYM')} (hoofdofficier van dienst), {K('AC-Bz', 'ACRONYM')} "
        f"(algemeen commandant bevolkingszorg), {K('CvD', 'ACRONYM')} (communicatie). Ruilen alleen via de {K('Gemeenschappelijke Meldkamer', 'ORG')}.")
    days = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
    for day in days:
        K(day, "DATE")
    for month, weeks in (("oktober", (40, 41, 42, 43, 44)), ("november", (45, 46, 47, 48))):
        rows = [["Week", "Functie"] + days]
        for w in weeks:
            for fn in ("OvD", "HOvD", "AC-Bz"):
                rows.append([str(w), fn] + [ps[d.rng.randrange(len(ps))].sn(cap=True) for _ in days])
        d.h(f"Rooster {month}")
        d.table(rows, widths=[0.06, 0.08] + [0.12] * 7, size=8)
    d.h("Telefoonlijst piketfunctionarissen")
    rows = [["Naam", "Functie", "Mobiel", "Naam", "Functie", "Mobiel"]]
    for i in range(0, 14, 2):
        a, b = ps[i], ps[i + 1]
        rows.append([a.full(), d.rng.choice(["OvD", "HOvD", "AC-Bz"]), a.tel("mob"), b.full(), d.rng.choice(["OvD", "AC-Bz", "CvD"]), b.tel("mob2")])
    d.table(rows, widths=[0.2, 0.08, 0.14, 0.2, 0.08, 0.14], size=8)
    d.p(f"Meldkamer (24/7): {K('013-5838 600', 'PHONE_SWITCH', '013-5838 600')}.")
    return d


def t05():
    d = Doc("ah16-telefoonlijst-crisisteam", "rl", dom="veiligheidsregio-gz.nl", size=9,
            header="Veiligheidsregio Gooi en Vechtstreek | Regionaal Beleidsteam | CONFIDENTIEEL")
    K = d.K
    ps = sorted(d.people(16), key=lambda p: p.last)
    d.title("Telefoonlijst Regionaal Beleidsteam en ROT")
    d.p(f"Alfabetisch op achternaam. Bij opschaling {K('GRIP 3', 'ACRONYM')} of hoger wordt deze lijst door het {K('Crisiscentrum', 'ORG')} gebruikt. Voorzitter "
        f"veiligheidsregio: {K('burgemeester Broertjes', 'PUBLIC', 'Broertjes')}.")
    rows = [["NAAM", "Rol", "Mobiel", "NAAM", "Rol", "Mobiel"]]
    roles = ["Operationeel Leider", "Algemeen Commandant Brandweer", "AC GHOR", "AC Politie", "AC Bevolkingszorg", "Informatiemanager",
             "CaCo", "Adviseur Crisiscommunicatie", "Secretaris RBT", "Adviseur OM", "Adviseur Defensie",
             "Liaison Waternet", "Liaison Rijkswaterstaat", "Hoofd Meldkamer", "Plotter ROT", "Adviseur Omgevingsdienst"]
    for r in roles:
        if len(r) < 24:
            K(r, "ROLE")
    half = 8
    for i in range(half):
        a, b = ps[i], ps[i + half]
        rows.append([f"{a.caps(initials=False)}, {a.initials}", roles[i], a.tel("mob"),
                     f"{b.caps(initials=False)}, {b.initials}", roles[i + half], b.tel("intl")])
    d.table(rows, widths=[0.19, 0.17, 0.14, 0.19, 0.17, 0.14], size=7.5)
    d.h("Reserve en achtervang")
    d.table([["Functie", "1e achtervang", "2e achtervang"],
             ["Operationeel Leider", ps[3].ini(), ps[11].ini()],
             ["Informatiemanager", ps[5].ini(), ps[0].ini()],
             ["Secretaris RBT", ps[8].ini(), ps[14].ini()]], widths=[0.34, 0.33, 0.33])
    d.p(f"Wijzigingen: {ps[8].mail()}. Crisiscentrum: {K('crisiscentrum@veiligheidsregio-gz.nl', 'MAILBOX')}.")
    return d


def t06():
    d = Doc("ah17-congres-programma", "ch", dom="uu.nl")
    K = d.K
    ps = [d.person(o) for o in ("nl", "cn", "ma", "nl", "tr", "pl", "nl", "sr", "be", "id")]
    d.title("Programma symposium " + K("Open Overheid en Wetenschap", "PROG"))
    d.p(f"{K('Universiteit Utrecht', 'ORG')} en {K('Erasmus Universiteit Rotterdam', 'ORG')}, {K('vrijdag', 'DATE')} {K('21 november 2025', 'DATE')}, "
        f"{K('Academiegebouw', 'ORG')}, {K('Domplein', 'PLACE')} 29")
    d.table([["Tijd", "Onderdeel", "Spreker", "Zaal"],
             ["09.30", "Opening", f"prof. dr. {ps[0].ini()}", K("Aula", "ORG")],
             ["09.45", "Keynote: twintig jaar openbaarheid", f"{K('minister Uitermark', 'PUBLIC', 'Uitermark')} (BZK)", "Aula"],
             ["10.30", "Woo en archieven", f"dr. {ps[1].full()}", K("Senaatszaal", "ORG")],
             ["10.30", "Algoritmes in de uitvoering", f"mr. drs. {ps[2].ini()} MPA", K("Belle van Zuylenzaal", "ORG")],
             ["11.30", "Paneldiscussie", f"{ps[3].full()} MSc, {ps[4].full()} LLM,\n{K('Kamerlid Dassen', 'PUBLIC', 'Dassen')}", "Aula"],
             ["13.30", "Workshop inventarislijsten", f"drs. {ps[5].ini()} RA", K("Erasmuszaal", "ORG")],
             ["13.30", "Workshop lakken van scans", f"ing. {ps[6].ini()}", K("Descartes-zaal", "ORG", "Descartes")],
             ["15.00", "Afsluiting", f"prof. mr. {ps[7].ini()}", "Aula"]], widths=[0.08, 0.34, 0.38, 0.2])
    d.h("Organisatie")
    d.p(f"Organisatiecomité: {ps[8].full()} (voorzitter), {ps[9].full()} en {ps[0].sn(cap=True)}. Aanmelden via {K('symposium-openoverheid@uu.nl', 'MAILBOX')}. "
        f"Inhoudelijke vragen: {ps[8].mail()}, {ps[8].tel('030')}.")
    d.p(f"Het symposium wordt mede mogelijk gemaakt door het {K('Prins Bernhard Cultuurfonds', 'ORG')} en het {K('Fonds Wetenschap en Samenleving', 'ORG')}.")
    rv = d.person("tr")
    d.annots = [(0, rv.full(), f"Check of {ps[5].sn()} de workshop echt om 13.30 kan doen - {rv.fn()}", [520, 780, 540, 800])]
    return d


def t07():
    d = Doc("ah18-werkverdeling-woo-team", "rl", dom="minlnv.nl", size=9,
            header="Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur | Woo-team | werkverdeling")
    K = d.K
    ps = [d.person(o) for o in ("nl", "fy", "ma", "nl", "pl", "sr", "nl")]
    d.title("Werkverdeling Woo-verzoeken week 41")
    rows = [["Zaaknummer", "Onderwerp", "Dossier-houder", "Tweede lezer", "Termijn", "Status"]]
    subj = ["Stikstofvergunningen Veluwe", "Vogelgriep ruimingen 2024", "Mestfraude controles NVWA", "Visquota Noordzee", "Wolf in Drenthe",
            "Subsidie Programma Natuur", "Glyfosaat toelating Ctgb", "Opkoopregeling piekbelasters", "Dierenwelzijn transport", "Gewasbescherming"]
    for i, s in enumerate(subj):
        a, b = ps[i % 6], ps[(i + 2) % 6]
        rows.append([K(f"WOO-2025-{311 + i}", "FILE"), K(s, "TOPIC"), a.code(), b.code(),
                     K(["6 oktober", "13 oktober", "20 oktober", "27 oktober"][i % 4], "DATE"), ["in behandeling", "zienswijze", "besluit concept", "gereed"][i % 4]])
    d.table(rows, widths=[0.17, 0.31, 0.12, 0.11, 0.14, 0.15], size=8.5)
    d.h("Legenda codes")
    d.table([["Code", "Naam", "Code", "Naam"],
             [ps[0].code(), ps[0].full(), ps[1].code(), ps[1].full()],
             [ps[2].code(), ps[2].full(), ps[3].code(), ps[3].full()],
             [ps[4].code(), ps[4].full(), ps[5].code(), ps[5].full()]], widths=[0.1, 0.4, 0.1, 0.4])
    d.p(f"Teamleider: {ps[6].full()}. De {K('NVWA', 'ACRONYM')} en {K('RVO', 'ORG')} leveren documenten aan via het {K('Woo-portaal', 'ORG')}. "
        f"Besluiten worden ondertekend namens {K('minister Wiersma', 'PUBLIC', 'Wiersma')}.")
    d.annots = [(0, ps[6].full(), f"{ps[3].fn()}: WOO-2025-313 graag voor vrijdag naar {ps[1].fn()} voor tweede lezing.", [520, 760, 540, 780])]
    return d


def t08():
    d = Doc("ah19-rooster-sollicitatiegesprekken", "fp", dom="hu.nl", size=9,
            header="Hogeschool Utrecht - Instituut voor Bestuur en Recht - vertrouwelijk")
    K = d.K
    com = [d.person(o) for o in ("nl", "sr", "nl")]
    cand = [d.person() for _ in range(6)]
    d.title("Rooster selectiegesprekken docent bestuurskunde")
    d.p(f"Vacature {K('HU-2025-117', 'FILE')}. Commissie: {com[0].full()} (voorzitter), {com[1].full()} (docent), {com[2].full()} (HR-adviseur). "
        f"Locatie: {K('Padualaan', 'PLACE')} 101, lokaal 2.045.")
    rows = [["Dag", "Tijd", "Kandidaat", "Huidige werkgever", "Opmerking"]]
    emp = ["Gemeente Nieuwegein", "Universiteit Twente", "Provincie Utrecht", "Hogeschool Inholland", "Berenschot", "Raad van State"]
    for i, c in enumerate(cand):
        day = K(["dinsdag 14 oktober", "dinsdag 14 oktober", "dinsdag 14 oktober", "donderdag 16 oktober", "donderdag 16 oktober", "donderdag 16 oktober"][i], "DATE")
        rows.append([day, ["09.30", "10.30", "11.30", "13.00", "14.00", "15.00"][i], c.full(), K(emp[i]),
                     ["", "proefles", f"referent: {com[1].sn()}", "online (Teams)", "", "tweede gesprek"][i]])
    d.table(rows, widths=[0.2, 0.08, 0.24, 0.26, 0.22], size=8.5)
    d.p(f"Uitnodigingen zijn verstuurd door {com[2].fn()} vanaf {com[2].mail()}. Kandidaat {cand[3].sn(cap=True)} heeft gevraagd het gesprek online te houden. "
        f"Reiskosten worden vergoed; opgave via {K('personeelszaken@hu.nl', 'MAILBOX')}.")
    d.p(f"Telefoon kandidaten (alleen voor de commissie): {cand[0].sn(cap=True)} {cand[0].tel('mob')}, {cand[4].sn(cap=True)} {cand[4].tel('mob2')}.")
    return d


def t09():
    d = Doc("ah20-urgentiecommissie", "lo", dom="woongoedzuid.nl", size=9,
            header="WoonGoed Zuid / Gemeente Breda - Urgentiecommissie - vergadering 30 september 2025")
    K = d.K
    com = [d.person(o) for o in ("nl", "ma", "nl")]
    app = [d.person() for _ in range(5)]
    d.title("Besluitenlijst " + K("Urgentiecommissie", "ORG") + " " + K("Breda", "PLACE"))
    d.p(f"Leden: {com[0].full()} (voorzitter, onafhankelijk), {com[1].full()} ({K('WoonGoed Zuid', 'ORG')}), {com[2].full()} ({K('Gemeente Breda', 'ORG')}). "
        f"Secretaris: {com[1].fn()}.")
    rows = [["Dossier", "Aanvrager", "Adres", "BSN", "Grond", "Besluit"]]
    streets = ["Haagweg 212", "Tuinzigtlaan 8", "Graaf Engelbertlaan 77", "Heuvelbrink 3", "Moskesbaan 140"]
    grounds = ["medisch", "sociaal (relatiebreuk)", "mantelzorg", "medisch", "dreigende dakloosheid"]
    bsns = ["123456782", "138618057", "111222333", "987654329", "209940165"]
    for i, a in enumerate(app):
        rows.append([K(f"URG-2025-0{41 + i}", "FILE"), a.ini() if i % 2 else f"{a.sn(cap=True)}, {a.fn()}", d.priv("ADDRESS", streets[i]),
                     d.priv("BSN", bsns[i]), K(grounds[i], "TOPIC"), ["toegekend", "afgewezen", "toegekend", "aangehouden", "toegekend"][i]])
    d.table(rows, widths=[0.14, 0.2, 0.2, 0.14, 0.17, 0.15], size=8.5)
    d.p(f"Bij dossier URG-2025-042 heeft de {K('GGD West-Brabant', 'ORG')} medisch advies uitgebracht (arts: {com[2].sn()} heeft het advies ontvangen). "
        f"Dossier URG-2025-044: het {K('Amphia Ziekenhuis', 'ORG', 'Amphia')} levert aanvullende informatie aan. Aanvrager {app[3].sn(cap=True)} wordt uitgenodigd voor een gesprek.")
    au = d.person("nl")
    d.meta["Author"] = au.full()
    d.p(f"Bezwaar is mogelijk binnen zes weken bij het college van burgemeester en wethouders van Breda. Contact: {K('urgentie@woongoedzuid.nl', 'MAILBOX')}.")
    return d


def t10():
    d = Doc("ah21-acute-zorg-netwerk", "rl", dom="ravu.nl", size=9, landscape=True,
            header="ROAZ Netwerk Acute Zorg Zuidwest - Regionaal Overleg Acute Zorgketen - presentie en besluiten")
    K = d.K
    ps = [d.person() for _ in range(12)]
    hosp = [K(h) for h in ("Albert Schweitzer ziekenhuis", "Maasstad Ziekenhuis", "Ikazia", "Franciscus Gasthuis", "Van Weel-Bethesda Ziekenhuis", "Spijkenisse Medisch Centrum")]
    d.title(K("ROAZ", "ACRONYM") + "-overleg " + K("29 september 2025", "DATE"))
    rows = [["Organisatie", "Naam", "Organisatie", "Naam", "Organisatie", "Naam"]]
    orgs = hosp + [K("RAV Rotterdam-Rijnmond", "ORG"), K("GGD Rotterdam-Rijnmond", "ORG"), K("Huisartsenposten Rijnmond", "ORG"),
                   K("Zorgverzekeraar VGZ", "ORG", "VGZ"), K("Veiligheidsregio Rotterdam-Rijnmond", "ORG"), K("Laurens", "ORG")]
    for i in range(0, 12, 3):
        r = []
        for j in range(3):
            p = ps[i + j]
            r += [orgs[i + j], f"{p.initials}\n{p.sn()}" if (i + j) % 2 else f"{p.fn()} {p.sn()}"]
            if (i + j) % 2 == 0:
                p.fn()
        rows.append(r)
    d.table(rows, widths=[0.19, 0.14, 0.19, 0.14, 0.2, 0.14], size=8)
    d.h("Besluiten")
    d.table([["Nr", "Besluit", "Trekker"],
             ["1", "Winterplan 2025-2026 wordt vastgesteld; capaciteitsdashboard dagelijks om 10.00 uur bijgewerkt.", ps[0].sn(cap=True)],
             ["2", "Afspraken over ambulance-overdracht bij het Albert Schweitzer ziekenhuis worden geëvalueerd in januari.", ps[6].sn(cap=True)],
             ["3", "Het Landelijk Coördinatiecentrum Patiënten Spreiding (" + K("LCPS", "ACRONYM") + ") wordt geïnformeerd over het winterplan.", ps[10].sn(cap=True)]],
            widths=[0.05, 0.75, 0.2])
    d.p(f"Verslag: {ps[11].full()}, secretaris ROAZ ({ps[11].mail()}).")
    rv = d.person("sr")
    d.annots = [(0, rv.full(), f"Besluit 2 afgestemd met {ps[6].fn()}? Graag bevestigen. Groet, {rv.fn()}", [760, 540, 780, 560])]
    d.meta["Author"] = ps[11].ini()
    return d


def t11():
    d = Doc("ah22-scan-presentielijst-opleidingscommissie", "scan", dom="ru.nl", angle=-0.9, size=11)
    ps = [d.person() for _ in range(9)]
    d.title("Radboud Universiteit - Opleidingscommissie Bestuurskunde")
    d.p("Presentielijst vergadering 24 september 2025, Huygensgebouw HG00.108")
    rows = [["Naam", "Geleding", "Paraaf"]]
    for i, p in enumerate(ps):
        rows.append([p.sort(), ["docent", "student", "docent", "student", "docent", "student", "secretaris", "docent", "student"][i], p.code()])
    d.table(rows, widths=[0.45, 0.3, 0.25], size=11)
    d.p(f"Voorzitter: {ps[0].full()}. Notulen: {ps[6].full()}.")
    return d


DOCS = [t01, t02, t03, t04, t05, t06, t07, t08, t09, t10, t11]
