"""Woo inventory lists, a decision with annexes, and scans of inventory/decision lists."""
from lib import Doc

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]


def w01():
    d = Doc("ah23-inventarislijst-stikstof", "rl", dom="minlvvn.nl", landscape=True, size=8.5, margin=15,
            header="Bijlage 1 bij Woo-besluit WOO-2025-0418 | Inventarislijst", footer="Ministerie van LVVN - Directie Communicatie - Woo-team")
    K = d.K
    ps = [d.person(o) for o in ("nl", "nl", "ma", "fy", "sr", "nl", "tr", "be", "nl")]
    d.title("Inventarislijst Woo-verzoek " + K("WOO-2025-0418", "FILE") + " (stikstof en " + K("Programma Landelijk Gebied", "PROG") + ")")
    d.p(f"Beoordeling: {K('openbaar', 'TERM')}, {K('deels openbaar', 'TERM')}, {K('niet openbaar', 'TERM')}. Gronden: {K('5.1.2e', 'GROUND')} "
        f"(persoonlijke levenssfeer), {K('5.1.2i', 'GROUND')} (goed functioneren), {K('5.2.1', 'GROUND')} (persoonlijke beleidsopvattingen).")
    rows = [["Nr", "Datum", "Type", "Omschrijving", "Van", "Aan", "Beoordeling", "Grond"]]
    topics = ["planning bestuurlijk overleg", "reactie provincie Gelderland", "concept Kamerbrief", "cijfers RIVM depositie", "agenda BO IPO",
              "vragen Kamerlid", "gespreksnotitie LTO", "juridisch advies", "factsheet", "nota aan de minister"]
    orgs = {"PG": K("Provincie Gelderland", "ORG")}
    for i in range(40):
        mo = 2 + i // 8
        date = K(f"{(i * 7) % 27 + 1:02d}-{mo:02d}-2025", "DATE")
        typ = ["E-mail", "E-mail", "Bijlage", "Nota", "Verslag", "E-mail"][i % 6]
        a, b = ps[i % 9], ps[(i * 4 + 3) % 9]
        if i % 10 == 4:
            van, aan = f"{a.ini()}", f"{K('minister Wiersma', 'PUBLIC', 'Wiersma')}"
        elif i % 10 == 7:
            van, aan = orgs["PG"], f"{b.full()}"
        elif i % 10 == 9:
            van, aan = f"{a.mail()}", f"{K('woo@minlvvn.nl', 'MAILBOX')}"
        else:
            van, aan = (a.ini(), b.ini()) if i % 3 else (a.full(), b.full())
        beo = ["deels openbaar", "deels openbaar", "openbaar", "niet openbaar", "deels openbaar"][i % 5]
        grond = {"openbaar": "", "deels openbaar": "5.1.2e", "niet openbaar": "5.2.1"}[beo]
        if i % 7 == 3 and beo == "deels openbaar":
            grond = "5.1.2e, 5.1.2i"
        rows.append([str(i + 1), date, typ, topics[i % 10], van, aan, beo, grond])
    d.table(rows, widths=[0.04, 0.09, 0.08, 0.22, 0.18, 0.18, 0.12, 0.09], size=8)
    d.p(f"Document 22 is reeds openbaar (zie {K('open.overheid.nl', 'ORG')}). Contactpersoon Woo-team: {ps[8].full()}, {ps[8].tel('070')}.")
    d.meta["Author"] = ps[8].ini()
    return d


def w02():
    d = Doc("ah24-productierapport-vaccinatie", "lo", dom="minvws.nl", landscape=True, size=8,
            header="Productierapport Woo-besluit 2025-0793 - Ministerie van VWS")
    K = d.K
    ps = [d.person(o) for o in ("nl", "ma", "nl", "id", "pl", "nl", "gh", "fy")]
    d.meta["Author"] = ps[7].full()
    d.title("Productierapport " + K("2025-0793", "FILE"))
    rows = [["ID", "Family ID", "Document", "Datum", "Beoordeling", "Beoordelingsgrond", "Toelichting", "Gerelateerd ID"]]
    subj = ["Re: inzet GGD'en najaarsronde", "Fwd: cijfers RIVM week 37", "Verslag OMT-overleg", "Re: communicatieplan",
            "Nota aan de minister vaccinatiegraad", "Re: vragen Kamerlid Tielen", "Bijlage: planning", "Teams-chat vaccinatie"]
    for i in range(30):
        a, b = ps[i % 8], ps[(i + 3) % 8]
        fam = 793000 + (i // 3) * 3
        doc_ = f"E-mail {a.ini()} aan {b.ini()} - {subj[i % 8]}" if i % 4 != 2 else f"{subj[i % 8]} ({a.sn(cap=True)})"
        if i % 8 == 5:
            K("Kamerlid Tielen", "PUBLIC", "Tielen")
        date = K(f"{(i * 3) % 28 + 1} {MONTHS[7 + i // 10]} 2025", "DATE")
        beo = ["Deels openbaar", "Openbaar", "Deels openbaar", "Niet openbaar", "Reeds openbaar"][i % 5]
        grond = {"Deels openbaar": "5.1.2e", "Openbaar": "", "Niet openbaar": "5.1.2i; 5.2.1", "Reeds openbaar": ""}[beo]
        toel = {"Deels openbaar": "namen en contactgegevens ambtenaren", "Niet openbaar": "intern beraad", "Openbaar": "",
                "Reeds openbaar": "zie gerelateerd document"}[beo]
        rows.append([K(str(793001 + i), "FILE"), str(fam), doc_, date, beo, grond, toel, "792110" if beo == "Reeds openbaar" else ""])
    d.table(rows, widths=[0.07, 0.07, 0.33, 0.11, 0.1, 0.1, 0.14, 0.08], size=7.5)
    d.p(f"Opgesteld met het reviewplatform door {ps[7].ini()} ({K('Directie Publieke Gezondheid', 'ORG')}); kwaliteitscontrole {ps[6].sn(cap=True)}.")
    return d


def w03():
    d = Doc("ah25-woo-besluit-bijlagen", "lo", dom="utrecht.nl", size=10,
            header="Gemeente Utrecht | Juridische Zaken | Woo-besluit", footer="Postbus 16200, 3500 CE Utrecht | 14 030")
    K = d.K
    vz = d.person("nl"); th = [d.person() for _ in range(4)]; amb = [d.person(o) for o in ("nl", "sr", "ma", "nl", "tr")]
    sign = d.person("nl")
    d.meta["Author"] = amb[0].full()
    d.p(f"Aan: {vz.full()}\n{d.priv('ADDRESS', 'Oudegracht 233-bis', 'Oudegracht 233-bis')}\n{d.priv('ADDRESS', '3511 NK Utrecht', '3511 NK')}")
    d.p(f"Datum: {K('10 oktober 2025', 'DATE')}\nKenmerk: {K('WOO-U-2025-1182', 'FILE')}\nOnderwerp: besluit op uw Woo-verzoek over de {K('Merwedekanaalzone', 'PROG')}")
    d.p(f"Geachte {vz.full()},")
    d.p(f"Op {K('4 juli 2025', 'DATE')} heeft u een verzoek ingediend op grond van de {K('Wet open overheid', 'LAW')} om documenten over de verkoop van grond in de "
        f"Merwedekanaalzone aan {K('Ontwikkelcombinatie Merwede C.V.', 'ORG', 'Ontwikkelcombinatie Merwede')} Wij hebben 57 documenten gevonden. "
        f"Over vier documenten zijn derden om een zienswijze gevraagd (bijlage 2).")
    d.h("Besluit")
    d.p(f"Het college van burgemeester en wethouders besluit 31 documenten openbaar te maken, 22 documenten deels openbaar te maken en 4 documenten niet "
        f"openbaar te maken. De {K('wethouder Eerenberg', 'PUBLIC', 'Eerenberg')} heeft als portefeuillehouder kennisgenomen van dit besluit.")
    d.h("Informatie die niet openbaar gemaakt kan worden")
    d.p("In de documenten staan namen, e-mailadressen en telefoonnummers van medewerkers van de gemeente en van derden.")
    d.h("Motivering")
    d.p(f"In de openbaar gemaakte versie zijn alle persoonsgegevens van ambtenaren en derden geanonimiseerd op grond van artikel "
        f"{K('5.1, tweede lid, aanhef en onder e', 'LAW')}, van de Woo. Namen van bestuurders (burgemeester en wethouders) blijven openbaar.")
    d.p(f"Met vriendelijke groet,\nnamens het college van burgemeester en wethouders van Utrecht,\n\n{sign.ini()}\nteamleider Informatieverzoeken")
    d.br()
    d.title("Bijlage 2 - Zienswijzen derden")
    d.table([["Nr", "Derde", "Contactpersoon", "Zienswijze ontvangen", "Standpunt"],
             ["Z1", K("Ontwikkelcombinatie Merwede C.V.", "ORG", "Ontwikkelcombinatie Merwede"), th[0].ini(), K("2 september 2025", "DATE"), "bezwaar tegen openbaarmaking grondprijs"],
             ["Z2", K("Bouwfonds Property Development", "ORG"), th[1].full(), K("5 september 2025", "DATE"), "geen bezwaar"],
             ["Z3", K("Stichting Jan Pieterszoon Coen Erfgoed", "ORG", "Jan Pieterszoon Coen"), th[2].full(), "geen reactie", "-"],
             ["Z4", "particulier (omwonende)", th[3].full(), K("12 september 2025", "DATE"), "verzoekt naam en adres weg te laten"]],
            widths=[0.06, 0.26, 0.2, 0.18, 0.3])
    d.title("Bijlage 3 - Betrokken medewerkers (niet voor publicatie)")
    d.table([["Naam", "Afdeling", "Rol in dossier", "Telefoon"],
             [amb[0].full(), K("Grondzaken", "ORG"), "behandelaar Woo-verzoek", amb[0].tel("030")],
             [amb[1].full(), K("Grondzaken", "ORG"), "accountmanager", amb[1].tel("mob")],
             [amb[2].full(), K("Juridische Zaken", "ORG"), "jurist", amb[2].tel("030")],
             [amb[3].full(), K("Ruimtelijke Ontwikkeling", "ORG"), "projectleider Merwede", amb[3].tel("mob")],
             [amb[4].full(), K("Bestuursondersteuning", "ORG"), "secretaris wethouder", amb[4].tel("mob2")]],
            widths=[0.28, 0.24, 0.28, 0.2])
    d.p(f"Interne opmerking: {amb[2].fn()} heeft de zienswijzebrieven verzonden; {amb[0].fn()} verwerkt de reacties.")
    return d


def w04():
    d = Doc("ah26-inventaris-universiteit", "ch", dom="leidenuniv.nl", landscape=True, size=9)
    K = d.K
    ps = [d.person(o) for o in ("nl", "cn", "nl", "be", "ma", "pl", "nl", "id")]
    ext = [d.person("nl", first="Michael", last="Brennan"), d.person("nl", first="Sophie", last="Lindqvist")]
    d.meta["Title"] = "Inventarislijst Woo-verzoek Universiteit Leiden"
    d.title("Inventarislijst Woo-verzoek " + K("UL-WOO-2025-06", "FILE"))
    d.p(f"{K('Universiteit Leiden', 'ORG')} - samenwerking met {K('Shell Global Solutions', 'ORG')} en {K('TotalEnergies', 'ORG')}. "
        f"Beslistermijn verdaagd tot {K('14 november 2025', 'DATE')}.")
    rows = [["Nr", "Datum", "Document", "Afzender", "Ontvanger(s)", "Beoordeling", "Grond"]]
    subj = ["Research agreement draft v3", "Re: IP clause", "Minutes joint steering committee", "Letter of intent", "Re: PhD positions funding",
            "Board memo CvB", "Re: press statement", "Agenda meeting Faculty Board"]
    for i in range(44):
        a, b = ps[i % 8], ps[(i + 5) % 8]
        date = K(f"{(i * 5) % 28 + 1} {MONTHS[i // 4 % 12]} 2024", "DATE")
        if i % 9 == 4:
            van = f"{ext[i % 2].full()} (Shell)"
        elif i % 6 == 1:
            van = a.mail()
        else:
            van = a.ini()
        aan = b.ini() + (f"; cc {ps[(i + 2) % 8].ini()}" if i % 4 == 0 else "")
        beo = ["Deels openbaar", "Deels openbaar", "Openbaar", "Niet openbaar"][i % 4]
        rows.append([str(i + 1), date, subj[i % 8], van, aan, beo, {"Deels openbaar": "5.1.2e", "Openbaar": "", "Niet openbaar": "5.1.1c"}[beo]])
    d.table(rows, widths=[0.04, 0.12, 0.24, 0.2, 0.22, 0.11, 0.07], size=8.5)
    d.p(f"Stukken van het {K('College van Bestuur', 'ORG')} zijn ondertekend door de {K('rector magnificus', 'ROLE')}. Behandelaar: {ps[6].full()} "
        f"({K('Bureau Juridische Zaken', 'ORG')}), {K('woo@leidenuniv.nl', 'MAILBOX')}.")
    return d


def w05():
    d = Doc("ah27-scan-inventaris-gemeente", "scan", dom="zwolle.nl", angle=0.5, size=11)
    ps = [d.person(o) for o in ("nl", "ma", "fy", "nl", "sr")]
    d.title("Gemeente Zwolle - Inventarislijst Woo-verzoek 2025-211")
    rows = [["Nr", "Datum", "Omschrijving", "Van", "Aan", "Oordeel"]]
    for i in range(10):
        a, b = ps[i % 5], ps[(i + 2) % 5]
        rows.append([str(i + 1), f"{i + 3}-06-2025", ["E-mail", "Notitie", "Verslag"][i % 3] + " parkeerbeleid", a.sn(cap=True), b.sn(cap=True),
                     ["deels", "openbaar", "deels"][i % 3]])
    d.table(rows, widths=[0.06, 0.15, 0.3, 0.18, 0.18, 0.13], size=11)
    d.p(f"Behandelaar: {ps[0].full()}")
    return d


def w06():
    d = Doc("ah28-scan-besluitenlijst-corporatie", "scan", dom="portaalwonen.nl", angle=-0.6, size=11)
    ps = [d.person(o) for o in ("nl", "tr", "nl", "ma", "pl", "nl")]
    d.title("Besluitenlijst bestuurlijk overleg wonen")
    d.p(f"Gemeente Arnhem en woningcorporaties, 12 juni 2025. Aanwezig: {ps[0].full()} (Vivare), {ps[1].full()} (Volkshuisvesting Arnhem), "
        f"{ps[2].full()} (Portaal), {ps[3].full()} (gemeente), {ps[4].full()} (huurdersvereniging). Notulist: {ps[5].full()}.")
    d.p(f"1. Prestatieafspraken 2026: {ps[0].fn()} en {ps[2].fn()} leveren het bod in voor 1 juli.")
    d.p(f"2. Urgentieregeling: {ps[3].fn()} past de regeling aan. {ps[4].fn()} vraagt om meer inspraak van huurders.")
    d.table([["Nr", "Actie", "Wie"],
             ["1", "Bod prestatieafspraken", ps[0].sn(cap=True)],
             ["2", "Aanpassing urgentieregeling", ps[3].sn(cap=True)],
             ["3", "Verslag rondsturen", ps[5].sn(cap=True)]], widths=[0.1, 0.6, 0.3], size=11)
    return d


DOCS = [w01, w02, w03, w04, w05, w06]
