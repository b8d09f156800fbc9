"""Documents bb31-bb33 (the longer ones)."""
from lib import rl_build, page_html, esc
from registry import doc


# --------------------------------------------------------------------------------------------- bb31
@doc("bb31_oncall_rooster_digid_q2.pdf", "chromium")
def bb31(ctx):
    people = {
        "KV": ("Kees-Jan Vellinga", "@kvellinga", "06-12438857"),
        "NA": ("Nadia El Amrani-Pool", "@nelamrani", "+31 6 3841 2290"),
        "TD": ("Thu Trang Đỗ", "@tdo", "06 2934 8815"),
        "BO": ("Bartosz Olszewski", "@bolszewski", "+48 601 284 337"),
        "GS": ("Gustavo Siqueira Lemos", "@gsiqueira", "0031 6 4408 3176"),
        "IH": ("Ingeborg Heemskerk-Tamminga", "@iheemskerk", "06-55019362"),
    }
    weeks = [("14", "31 mrt – 6 apr", "KV", "NA"), ("15", "7 – 13 apr", "TD", "BO"), ("16", "14 – 20 apr", "GS", "IH"),
             ("17", "21 – 27 apr (Koningsdag)", "NA", "KV"), ("18", "28 apr – 4 mei", "BO", "TD"), ("19", "5 – 11 mei", "IH", "GS"),
             ("20", "12 – 18 mei", "KV", "BO"), ("21", "19 – 25 mei", "TD", "NA"), ("22", "26 mei – 1 jun (Hemelvaart)", "GS", "KV"),
             ("23", "2 – 8 jun", "NA", "IH"), ("24", "9 – 15 jun", "BO", "GS"), ("25", "16 – 22 jun", "IH", "TD"),
             ("26", "23 – 29 jun", "KV", "GS")]
    rows = "".join(f"<tr><td>{w}</td><td>{esc(d)}</td><td>{esc(people[p][0])}<br><span class='muted'>{people[p][1]}</span></td>"
                   f"<td>{esc(people[s][0])}<br><span class='muted'>{people[s][1]}</span></td></tr>" for w, d, p, s in weeks)
    contacts = "".join(f"<tr><td>{esc(n)}</td><td class='mono'>{esc(u)}</td><td>{esc(t)}</td></tr>" for n, u, t in people.values())
    body = f"""<p class='muted'>Logius · Team DigiD Platform · Confluence-pagina 'Piketrooster Q2 2025' · afgedrukt 28 maart 2025</p>
<h1>Piketrooster DigiD Platform — Q2 2025 (week 14 t/m 26)</h1>
<p>Primair piket neemt P1- en P2-meldingen binnen 15 minuten aan via PagerDuty. Secundair piket is back-up en neemt over bij
geen reactie na 30 minuten. Bij een P1 belt primair piket de incidentmanager van dienst via het Servicecentrum Logius
(088 123 6600, intern). Vervanging regel je zelf en je meldt hem in #digid-piket.</p>
<table><tr><th style='width:40px'>Week</th><th style='width:160px'>Periode</th><th>Primair</th><th>Secundair</th></tr>{rows}</table>
<h2>Contactgegevens piketdienst (niet verspreiden buiten het team)</h2>
<table><tr><th>Naam</th><th>Mattermost / PagerDuty</th><th>Mobiel</th></tr>{contacts}</table>
<h2>Escalatie</h2>
<table><tr><th>Niveau</th><th>Wie</th><th>Bereikbaar</th></tr>
<tr><td>1</td><td>Incidentmanager van dienst (Servicecentrum Logius)</td><td>088 123 6600</td></tr>
<tr><td>2</td><td>Teamlead DigiD Platform, Roderick VAN LEEUWEN-ASANTE</td><td>06-20937714</td></tr>
<tr><td>3</td><td>Leverancier HSM/PKI (NordSign A/S), service desk 24/7</td><td>+45 33 18 60 00</td></tr>
<tr><td>4</td><td>CISO Logius, via de SOC-meldkamer</td><td>soc@logius-demo.nl</td></tr></table>
<h2>Overdrachtslog (laatste wisselingen Q1)</h2>
<table><tr><th style='width:70px'>Datum</th><th style='width:150px'>Van → naar</th><th>Overdracht</th></tr>
<tr><td>10-03-2025</td><td>@tdo → @bolszewski</td><td>Geen open P1/P2. Let op: certificaatwissel Digipoort (DGO-2231) gepland op 7 maart is uitgevoerd; monitoring op de WUS-koppeling blijft een week verhoogd.</td></tr>
<tr><td>17-03-2025</td><td>@bolszewski → @gsiqueira</td><td>Nasleep P1 van 14 maart (INC-250314-0042). Hotfix-certificaat staat nog op node 3, definitieve fix via merge request !1287. Bartosz heeft de RCA-call met NordSign gehad.</td></tr>
<tr><td>24-03-2025</td><td>@gsiqueira → @iheemskerk</td><td>Rustige week. Eén P3 over trage SMS-verificatie bij een telecomprovider; doorgezet naar leverancier. Gustavo heeft de runbook-pagina voor certificaten bijgewerkt.</td></tr>
<tr><td>31-03-2025</td><td>@iheemskerk → @kvellinga</td><td>Kubernetes-upgrade naar 1.31 in het acceptatiecluster gepland op 2 april, 19:00. Rollback-plan staat in Confluence. Kees-Jan is change-coördinator.</td></tr></table>
<p class='muted'>Ruilen: Thu Trang en Bartosz hebben week 15 en 18 geruild i.v.m. vakantie (akkoord Roderick, 21-03). Gustavo is in week 22
alleen bereikbaar na 18:00 (studie). Pagina-eigenaar: Ingeborg Heemskerk-Tamminga.</p>"""
    ctx.chromium.pdf(ctx.out, page_html(body, "Piketrooster DigiD Q2 2025"), landscape=False)
    red = []
    for n, u, t in people.values():
        parts = {"Kees-Jan Vellinga": ["Vellinga", "Kees-Jan"], "Nadia El Amrani-Pool": ["El Amrani-Pool", "Nadia"],
                 "Thu Trang Đỗ": ["Thu Trang Đỗ", "Thu Trang"], "Bartosz Olszewski": ["Olszewski", "Bartosz"],
                 "Gustavo Siqueira Lemos": ["Siqueira Lemos", "Gustavo"],
                 "Ingeborg Heemskerk-Tamminga": ["Heemskerk-Tamminga", "Ingeborg"]}[n]
        red.append(("PERSON", n, parts))
        red.append(("USERNAME", u, [u[1:]]))
        red.append(("PHONE", t, [t]))
    red += [("PERSON", "Roderick van Leeuwen-Asante", ["VAN LEEUWEN-ASANTE", "Roderick"]), ("PHONE", "06-20937714", ["06-20937714"]),
            ("PRIVATE", "studie (reason for limited availability)", ["studie"])]
    return dict(
        info={"Author": "iheemskerk", "Title": "Piketrooster DigiD Q2 2025"},
        redact=red,
        keep=[("SERVICENR", "088 123 6600", ["088 123 6600"]), ("SERVICENR", "+45 33 18 60 00", ["+45 33 18 60 00"]),
              ("FUNCMAIL", "soc@logius-demo.nl", ["soc@logius-demo.nl"]), ("PRODUCT", "PagerDuty", ["PagerDuty"]),
              ("PRODUCT", "Mattermost", ["Mattermost"]), ("ORG", "NordSign A/S", ["NordSign A/S"]), ("ORG", "Logius", ["Logius"]),
              ("PRODUCT", "DigiD", ["DigiD Platform"]), ("TERM", "#digid-piket", ["digid-piket"]), ("TITLE", "Teamlead", ["Teamlead"]),
              ("TITLE", "incidentmanager van dienst", ["incidentmanager van dienst"]), ("TERM", "Koningsdag", ["Koningsdag"]),
              ("TERM", "Hemelvaart", ["Hemelvaart"]), ("TERM", "Primair", ["Primair"]), ("TERM", "Secundair", ["Secundair"]),
              ("ACRONYM", "CISO", ["CISO"]), ("ACRONYM", "SOC", ["SOC-meldkamer"]), ("ID", "DGO-2231", ["DGO-2231"]),
              ("ID", "INC-250314-0042", ["INC-250314-0042"]), ("PRODUCT", "Kubernetes", ["Kubernetes-upgrade"]), ("PRODUCT", "Confluence", ["Confluence"]),
              ("TITLE", "change-coördinator", ["change-coördinator"]), ("TERM", "runbook", ["runbook-pagina"])],
    )


# --------------------------------------------------------------------------------------------- bb32
@doc("bb32_qa_dossier_commissiedebat_digitale_overheid.pdf", "reportlab")
def bb32(ctx):
    qa = [
        ("Waarom duurde het bijna drie uur voordat DigiD weer werkte? (verwacht: het lid Kathmann)",
         "Het certificaat moest op drie nodes worden vervangen; de eerste twee waren om 10:15 uur hersteld. Logius heeft "
         "de volgorde van herstel bewust gekozen om de sessies van ingelogde gebruikers niet te verbreken."),
        ("Is er sprake geweest van een hack? (verwacht: het lid Six Dijkstra)",
         "Nee. Het NCSC en het SOC van Logius hebben de logging onderzocht en geen aanwijzingen voor misbruik gevonden."),
        ("Wat doet u voor mensen die door de storing een betaling hebben gemist? (verwacht: het lid Van der Plas)",
         "De Belastingdienst en Dienst Toeslagen hebben toegezegd dat niemand nadeel ondervindt van een termijn die door "
         "de storing is verstreken. Klachten kunnen bij Logius worden ingediend; tot nu toe zijn er 212 ontvangen."),
        ("Hoe staat het met de EUDI-wallet? (verwacht: het lid Dekker-Abdulaziz)",
         "De Nederlandse wallet wordt in 2026 beschikbaar gesteld, conform de eIDAS-verordening. De pilot met RvIG en "
         "Logius loopt volgens planning."),
        ("Waarom wordt DigiD niet op een Europese cloud gehost? (verwacht: het lid Kathmann)",
         "DigiD draait in de eigen datacenters van de Rijksoverheid. Er is geen voornemen om DigiD naar een publieke "
         "cloud van een Amerikaanse aanbieder te verplaatsen."),
    ]
    blocks = [
        ("small", "Dossier commissiedebat Digitale Overheid, 10 juni 2025 — voor staatssecretaris Szabó — opgesteld door "
                  "directie Digitale Overheid (dossierhouder: Sarita Ramsaran-Mohan, 06-41096637; redactie: Gijs Tenhagen-Molenaar)"),
        ("h1", "Vraag-en-antwoorddossier commissiedebat Digitale Overheid"),
        ("h2", "Deel A — Politiek krachtenveld"),
        ("p", "Het debat wordt voorgezeten door Kamerlid Rajkowski (VVD). Woordvoerders: het lid Kathmann (GroenLinks-PvdA), het "
              "lid Six Dijkstra (NSC), het lid Dekker-Abdulaziz (D66), het lid Van der Plas (BBB) en het lid Kops (PVV). Verwacht "
              "wordt dat het lid Kathmann een motie indient over publieke digitale infrastructuur. De staatssecretaris heeft "
              "op 2 april een brief over de DigiD-storing gestuurd."),
        ("p", "Woordvoerder Anouk Zwaneveld van BZK heeft na de storing de pers te woord gestaan; haar citaat in het NOS Journaal "
              "('We hadden dit moeten zien aankomen') wordt mogelijk aangehaald."),
        ("h2", "Deel B — Vragen en antwoorden"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        blocks += [("p", f"**Vraag {i}.** {q}"), ("p", f"**Antwoord.** {a}")]
    blocks += [
        ("h2", "Deel C — Achtergrond DigiD-storing"),
        ("p", "Zie de incidentrapportage van Logius (LOG-2025-INC-0314). De technische analyse is uitgevoerd door het team DigiD "
              "Platform; de leverancier NordSign A/S heeft een root cause analysis geleverd. Er loopt een gesprek over een "
              "boete op grond van de raamovereenkomst. Over de hoogte daarvan wordt geen mededeling gedaan (vertrouwelijk, "
              "artikel 5.1 lid 2 sub b Woo)."),
        ("p", "Interne noot: Ramsaran-Mohan en Tenhagen-Molenaar adviseren de staatssecretaris niet in te gaan op de naam van de "
              "leverancier. Juridisch advies (mr. Wieteke Brouwer-Ramdas, Logius) is bijgevoegd als bijlage 3."),
        ("h2", "Deel D — Cijfers"),
        ("table", [["Indicator", "2023", "2024", "Q1 2025"],
                   ["Beschikbaarheid DigiD (%)", "99,91", "99,94", "99,71"],
                   ["Aantal authenticaties (mln)", "496", "540", "141"],
                   ["Klachten Servicecentrum Logius", "1.812", "1.644", "612"],
                   ["DigiD-machtigingen (mln)", "9,8", "10,6", "2,9"]], [200, 80, 80, 80]),
        ("pb",),
        ("h2", "Deel E — Sprekerslijst en contact tijdens het debat"),
        ("table", [["Rol", "Naam", "Bereikbaar"],
                   ["Dossierhouder", "Sarita Ramsaran-Mohan", "06-41096637"],
                   ["Redactie", "Gijs Tenhagen-Molenaar", "06-83316251, g.tenhagen-molenaar@minbzk-demo.nl"],
                   ["Woordvoering", "Anouk Zwaneveld (woordvoerder)", "woordvoering@minbzk-demo.nl"],
                   ["Logius (stand-by)", "Marloes Pieterse-Verkerk", "via servicecentrum 088 123 6600"]], [120, 170, 180]),
        ("p", "Bewindspersoon: staatssecretaris Szabó. Ambtelijke ondersteuning in de zaal: directeur DO en de dossierhouder."),
    ]
    rl_build(ctx.out, blocks, size=9.5, header="BZK — Q&A commissiedebat Digitale Overheid 10-06-2025 — intern")
    return dict(
        info={"Author": "Tenhagen-Molenaar, G.", "Title": "QA dossier CD Digitale Overheid"},
        outline=[("Deel A Krachtenveld", 0), ("Deel B Q&A", 0), ("Deel E Sprekerslijst (S. Ramsaran-Mohan)", 1)],
        redact=[("PERSON", "Sarita Ramsaran-Mohan", ["Ramsaran-Mohan", "Sarita"]), ("PHONE", "06-41096637", ["06-41096637"]),
                ("PERSON", "Gijs Tenhagen-Molenaar", ["Tenhagen-Molenaar", "Gijs"]), ("PHONE", "06-83316251", ["06-83316251"]),
                ("EMAIL", "g.tenhagen-molenaar@minbzk-demo.nl", ["g.tenhagen-molenaar@minbzk-demo.nl"]),
                ("PERSON", "Wieteke Brouwer-Ramdas", ["Brouwer-Ramdas", "Wieteke"]),
                ("PERSON", "Marloes Pieterse-Verkerk", ["Pieterse-Verkerk", "Marloes"])],
        keep=[("PUBLIC", "staatssecretaris Szabó", ["Szabó"]), ("PUBLIC", "het lid Kathmann", ["Kathmann"]),
              ("PUBLIC", "het lid Six Dijkstra", ["Six Dijkstra"]), ("PUBLIC", "het lid Van der Plas", ["Van der Plas"]),
              ("PUBLIC", "het lid Dekker-Abdulaziz", ["Dekker-Abdulaziz"]), ("PUBLIC", "het lid Kops", ["Kops"]),
              ("PUBLIC", "Kamerlid Rajkowski", ["Rajkowski"]), ("PUBLIC", "woordvoerder Anouk Zwaneveld (spokesperson)", ["Zwaneveld"]),
              ("ORG", "GroenLinks-PvdA", ["GroenLinks-PvdA"]), ("ORG", "NSC", ["NSC"]), ("ORG", "D66", ["D66"]), ("ORG", "BBB", ["BBB"]),
              ("ORG", "PVV", ["PVV"]), ("ORG", "VVD", ["VVD"]), ("ORG", "Logius", ["Logius"]), ("ORG", "NCSC", ["NCSC"]),
              ("ORG", "RvIG", ["RvIG"]), ("ORG", "Dienst Toeslagen", ["Dienst Toeslagen"]), ("ORG", "NordSign A/S", ["NordSign A/S"]),
              ("PRODUCT", "DigiD", ["DigiD"]), ("TERM", "EUDI-wallet", ["EUDI-wallet"]), ("ORG", "NOS", ["NOS Journaal"]),
              ("ID", "LOG-2025-INC-0314", ["LOG-2025-INC-0314"]), ("FUNCMAIL", "woordvoering@minbzk-demo.nl", ["woordvoering@minbzk-demo.nl"]),
              ("SERVICENR", "088 123 6600", ["088 123 6600"]), ("AMOUNT", "99,71", ["99,71"]), ("TITLE", "Dossierhouder", ["Dossierhouder"])],
    )


# --------------------------------------------------------------------------------------------- bb33
@doc("bb33_gitlab_merge_request_export.pdf", "reportlab-mono")
def bb33(ctx):
    log = """commit 4e1b9c07d2a6f3e8b51c0a9d7e2f6b3c8a1d5e90
Author: Ľubomír Hrušovský <lubomir.hrusovsky@extern.logius-demo.nl>
Date:   Mon Mar 17 16:02:44 2025 +0100

    fix(ingress): add intermediate cert to cert-manager ClusterIssuer

    The intermediate of the PKIoverheid private root was missing from the
    chain served by the nginx ingress controller. See INC-250314-0042.

    Co-authored-by: Rahul Venkataraman <r.venkataraman@extern.logius-demo.nl>
    Signed-off-by: Ľubomír Hrušovský <lubomir.hrusovsky@extern.logius-demo.nl>

commit 9a3f5e21c7b04d8e6f2a1b9c3d7e5f0a8b2c4d61
Author: renovate[bot] <bot@renovateapp.com>
Date:   Sun Mar 16 03:00:12 2025 +0000

    chore(deps): update helm chart cert-manager to v1.17.1

commit d07c2b8e5f1a9c3e7b4d6f0a2c8e1b5d9f3a7c22
Author: Maximilian Oyelowo-Brandt <m.oyelowo-brandt@logius-demo.nl>
Date:   Fri Mar 14 10:11:37 2025 +0100

    hotfix: temporary cert for ingress-digid (P1 incident)

    Approved-by: Marloes Pieterse-Verkerk <marloes.pieterse@logius-demo.nl>
"""
    blocks = [
        ("h1", "Merge request !1287 — fix(ingress): certificaatketen DigiD ingress"),
        ("small", "gitlab.logius-demo.nl/digid/platform/ingress-config · exported 2025-03-18 · state: merged · target: main"),
        ("table", [["Author", "Ľubomír Hrušovský (@lhrusovsky)"],
                   ["Reviewers", "Rahul Venkataraman (@rvenkataraman), Ngozi Okonkwo-Bakare (@nokonkwo)"],
                   ["Approved by", "Ngozi Okonkwo-Bakare, Maximilian Oyelowo-Brandt (@moyelowo)"],
                   ["Pipeline", "#48877 passed (lint, kubeconform, trivy, deploy-acc)"], ["Labels", "incident, security, P1"]],
         [90, 370], False),
        ("h2", "Description"),
        ("p", "Voegt het intermediair certificaat van de PKIoverheid-keten toe aan de ClusterIssuer in cert-manager, zodat de "
              "nginx ingress controller de volledige keten serveert. Daarnaast wordt een Prometheus-alert toegevoegd die 30 dagen "
              "voor verloop afgaat (CertificateExpiringSoon). Closes #341. Relates to INC-250314-0042."),
        ("h2", "Commits (git log)"),
        ("mono", log),
        ("h2", "Discussion"),
        ("table", [["Who", "Comment"],
                   ["Ngozi Okonkwo-Bakare @nokonkwo", "Kunnen we de alert ook naar het SOC sturen? Dan ziet de CISO-office het ook. "
                    "Verder akkoord vanuit security."],
                   ["Ľubomír Hrušovský @lhrusovsky", "Toegevoegd: routing naar soc@logius-demo.nl via Alertmanager. @rvenkataraman kun je "
                    "nog naar de kubeconform-fout kijken?"],
                   ["Rahul Venkataraman @rvenkataraman", "Gefixt, was een oude CRD-versie. LGTM."],
                   ["Maximilian Oyelowo-Brandt @moyelowo", "Approved. Merge na het change-venster van 18:00. Ik ben tot 20:00 "
                    "bereikbaar op +31 6 1129 4486."]], [150, 310]),
    ]
    rl_build(ctx.out, blocks, size=9, header="GitLab — !1287 ingress-config")
    return dict(
        info={"Author": "lhrusovsky", "Title": "!1287 fix(ingress) certificaatketen"},
        redact=[("PERSON", "Ľubomír Hrušovský", ["Hrušovský", "Ľubomír"]), ("USERNAME", "@lhrusovsky", ["lhrusovsky"]),
                ("EMAIL", "lubomir.hrusovsky@extern.logius-demo.nl", ["lubomir.hrusovsky@extern.logius-demo.nl"]),
                ("PERSON", "Rahul Venkataraman", ["Venkataraman"]), ("USERNAME", "@rvenkataraman", ["rvenkataraman"]),
                ("EMAIL", "r.venkataraman@extern.logius-demo.nl", ["r.venkataraman@extern.logius-demo.nl"]),
                ("PERSON", "Ngozi Okonkwo-Bakare", ["Okonkwo-Bakare"]), ("USERNAME", "@nokonkwo", ["nokonkwo"]),
                ("PERSON", "Maximilian Oyelowo-Brandt", ["Oyelowo-Brandt", "Maximilian"]), ("USERNAME", "@moyelowo", ["moyelowo"]),
                ("EMAIL", "m.oyelowo-brandt@logius-demo.nl", ["m.oyelowo-brandt@logius-demo.nl"]),
                ("PERSON", "Marloes Pieterse-Verkerk", ["Pieterse-Verkerk"]), ("EMAIL", "marloes.pieterse@logius-demo.nl", ["marloes.pieterse@logius-demo.nl"]),
                ("PHONE", "+31 6 1129 4486", ["+31 6 1129 4486"])],
        keep=[("BOT", "renovate[bot]", ["renovate"]), ("FUNCMAIL", "bot@renovateapp.com", ["bot@renovateapp.com"]),
              ("PRODUCT", "cert-manager", ["cert-manager"]), ("PRODUCT", "nginx", ["nginx"]), ("PRODUCT", "PKIoverheid", ["PKIoverheid"]),
              ("PRODUCT", "Prometheus", ["Prometheus-alert"]), ("PRODUCT", "Alertmanager", ["Alertmanager"]), ("PRODUCT", "kubeconform", ["kubeconform"]),
              ("PRODUCT", "trivy", ["trivy"]), ("PRODUCT", "helm", ["helm"]), ("TERM", "ClusterIssuer", ["ClusterIssuer"]),
              ("ID", "INC-250314-0042", ["INC-250314-0042"]), ("FUNCMAIL", "soc@logius-demo.nl", ["soc@logius-demo.nl"]),
              ("TERM", "Co-authored-by", ["Co-authored-by"]), ("TERM", "Signed-off-by", ["Signed-off-by"]), ("ACRONYM", "SOC", ["SOC"]),
              ("ACRONYM", "CISO", ["CISO-office"]), ("TERM", "CertificateExpiringSoon", ["CertificateExpiringSoon"]), ("TERM", "LGTM", ["LGTM"]),
              ("ID", "commit 4e1b9c07", ["4e1b9c07d2a6f3e8b51c0a9d7e2f6b3c8a1d5e90"])],
    )
