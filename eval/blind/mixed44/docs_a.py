"""Documents bb01-bb10."""
from lib import rl_build, page_html, esc, docx_build, iban, be_bban
from registry import doc


# --------------------------------------------------------------------------------------------- bb01
@doc("bb01_logius_digid_incidentrapport.pdf", "reportlab")
def bb01(ctx):
    blocks = [
        ("small", "Logius | Ministerie van Binnenlandse Zaken en Koninkrijksrelaties — Rubricering: Departementaal Vertrouwelijk"),
        ("h1", "Incidentrapportage DigiD: verstoring inlogdienst 14 maart 2025"),
        ("table", [["Kenmerk", "LOG-2025-INC-0314"], ["Status", "Definitief, versie 1.2"],
                   ["Opgesteld door", "Marloes Pieterse-Verkerk (incidentmanager)"],
                   ["Datum", "21 maart 2025"]], [110, 330], False),
        ("h2", "1. Samenvatting"),
        ("p", "Op vrijdag 14 maart 2025 was de DigiD-inlogdienst tussen 08:47 en 11:32 uur voor ongeveer 38 procent "
              "van de gebruikers niet beschikbaar. Oorzaak was een verlopen intermediair certificaat in de ingress-laag "
              "van het Kubernetes-cluster dat de sessiebeheercomponent host. Er zijn geen aanwijzingen voor misbruik; "
              "het SOC van Logius en het NCSC hebben de logging beoordeeld. Staatssecretaris Szabó is om 11:05 uur "
              "geïnformeerd via de DG Digitalisering en Overheidsorganisatie."),
        ("h2", "2. Betrokkenen"),
        ("table", [["Naam", "Rol", "Telefoon", "E-mail"],
                   ["Marloes Pieterse-Verkerk", "Incidentmanager Logius", "06-41837265", "marloes.pieterse@logius.nl"],
                   ["Rahul Venkataraman", "Technisch specialist IAM (extern, inhuur)", "+31 6 2950 7731",
                    "r.venkataraman@extern.logius.nl"],
                   ["Ngozi Okonkwo-Bakare", "Security analist SOC", "070-8891246", "ngozi.okonkwo-bakare@logius.nl"],
                   ["Dewi Kusumawardani", "Adviseur CISO-office BZK", "0031 (0)70 426 6913", "dewi.kusumawardani@minbzk.nl"]],
         [105, 120, 85, 150]),
        ("h2", "3. Tijdlijn"),
        ("table", [["Tijd", "Gebeurtenis"],
                   ["08:47", "Monitoring (Zabbix) meldt stijging van HTTP 502-fouten op de inlogpagina."],
                   ["09:12", "Pieterse opent P1-incident in TopDesk (INC-250314-0042) en start de crisisbrug."],
                   ["09:20", "Venkataraman stelt vast dat het intermediair certificaat van de ingress-controller op 14 maart 00:00 UTC is verlopen."],
                   ["09:41", "Okonkwo-Bakare meldt het incident aan het NCSC via het reguliere meldpunt; CERT-contact via cert@ncsc.nl."],
                   ["10:15", "Nieuw certificaat uit de PKIoverheid-keten uitgerold op twee van de drie nodes."],
                   ["11:05", "Informeren DG DOO en staatssecretaris Szabó; Kusumawardani bereidt de melding aan de CIO Rijk voor."],
                   ["11:32", "Dienst volledig hersteld; Servicecentrum Logius informeert gebruikers via 088 123 6555."]],
         [45, 415]),
        ("h2", "4. Analyse"),
        ("p", "Het certificaatbeheer voor de ingress-laag viel buiten het centrale certificaatregister, omdat de "
              "component in 2024 is gemigreerd van de oude omgeving naar het Kubernetes-platform. De BIO-maatregel "
              "over cryptografisch sleutelbeheer was daarmee voor deze component niet geborgd. Het CISO-office "
              "adviseert alle certificaten in het register op te nemen en een waarschuwing 30 dagen voor verloop "
              "in te richten. Gebruikers konden in de storingsperiode ook niet inloggen bij MijnOverheid en bij de "
              "Belastingdienst."),
        ("h2", "5. Communicatie"),
        ("p", "Het Servicecentrum Logius (servicedesk@logius.nl) heeft 4.312 telefonische vragen ontvangen. Kamerlid "
              "Kathmann heeft op 17 maart schriftelijke vragen gesteld; de beantwoording wordt voorbereid door de "
              "directie Digitale Overheid (contactpersoon: Dewi Kusumawardani)."),
        ("p", "Vastgesteld in het incidentoverleg van 21 maart 2025. Paraaf incidentmanager: MPV."),
    ]
    rl_build(ctx.out, blocks, header="Logius — Incidentrapportage LOG-2025-INC-0314")
    return dict(
        info={"Author": "Hazenberg, Jeroen (Logius/SD)", "Title": "Incidentrapportage DigiD 14-03-2025 - concept M. Pieterse"},
        annots=[{"kind": "text", "page": 0, "rect": [520, 760, 540, 780], "T": "Hazenberg, J.",
                 "contents": "Voor publicatie nog afstemmen met Wieteke Brouwer-Ramdas (juridische zaken)."}],
        outline=[("Incidentrapportage DigiD", 0), ("Betrokkenen (lijst Pieterse)", 0), ("Tijdlijn", 0)],
        redact=[
            ("PERSON", "Marloes Pieterse-Verkerk", ["Pieterse-Verkerk", "Pieterse", "Marloes"]),
            ("EMAIL", "marloes.pieterse@logius.nl", ["marloes.pieterse@logius.nl"]),
            ("PHONE", "06-41837265", ["06-41837265"]),
            ("PERSON", "Rahul Venkataraman", ["Venkataraman", "Rahul"]),
            ("EMAIL", "r.venkataraman@extern.logius.nl", ["r.venkataraman@extern.logius.nl"]),
            ("PHONE", "+31 6 2950 7731", ["+31 6 2950 7731"]),
            ("PERSON", "Ngozi Okonkwo-Bakare", ["Okonkwo-Bakare", "Ngozi"]),
            ("EMAIL", "ngozi.okonkwo-bakare@logius.nl", ["ngozi.okonkwo-bakare@logius.nl"]),
            ("PHONE", "070-8891246", ["070-8891246"]),
            ("PERSON", "Dewi Kusumawardani", ["Kusumawardani", "Dewi"]),
            ("EMAIL", "dewi.kusumawardani@minbzk.nl", ["dewi.kusumawardani@minbzk.nl"]),
            ("PHONE", "0031 (0)70 426 6913", ["0031 (0)70 426 6913"]),
            ("PARAPH", "MPV", ["MPV"]),
            ("PERSON", "Jeroen Hazenberg (Info Author, sticky note author)", ["Hazenberg"]),
            ("PERSON", "Wieteke Brouwer-Ramdas (sticky note)", ["Brouwer-Ramdas"]),
        ],
        keep=[("ORG", "Logius", ["Logius"]), ("PRODUCT", "DigiD", ["DigiD"]), ("PRODUCT", "Kubernetes", ["Kubernetes-cluster", "Kubernetes-platform"]),
              ("ORG", "NCSC", ["NCSC"]), ("ACRONYM", "SOC", ["SOC"]), ("ACRONYM", "BIO", ["BIO-maatregel"]),
              ("ACRONYM", "CISO", ["CISO-office"]), ("PUBLIC", "staatssecretaris Szabó", ["Szabó"]),
              ("PUBLIC", "Kamerlid Kathmann", ["Kathmann"]), ("PRODUCT", "TopDesk", ["TopDesk"]),
              ("PRODUCT", "Zabbix", ["Zabbix"]), ("PRODUCT", "PKIoverheid", ["PKIoverheid-keten"]),
              ("FUNCMAIL", "servicedesk@logius.nl", ["servicedesk@logius.nl"]), ("FUNCMAIL", "cert@ncsc.nl", ["cert@ncsc.nl"]),
              ("SERVICENR", "088 123 6555", ["088 123 6555"]), ("ORG", "MijnOverheid", ["MijnOverheid"]),
              ("ORG", "Belastingdienst", ["Belastingdienst"]), ("TITLE", "Incidentmanager", ["Incidentmanager"]),
              ("ID", "INC-250314-0042", ["INC-250314-0042"]), ("ORG", "CIO Rijk", ["CIO Rijk"])],
    )


# --------------------------------------------------------------------------------------------- bb02
@doc("bb02_github_issue_export_berichtenbox_app.pdf", "chromium")
def bb02(ctx):
    def c(handle, name, when, body, assoc="Member"):
        nm = f" <span class='muted'>({esc(name)})</span>" if name else ""
        return (f"<div class='box'><b>@{esc(handle)}</b>{nm} <span class='muted'>commented on {when} · {assoc}</span>"
                f"<div>{body}</div></div>")
    body = f"""
<p class='muted'>github.com/rijksapps-demo/berichtenbox-app · exported 2025-05-02 via gh issue view --comments</p>
<h1>Crash bij koppelen DigiD-app via Bluetooth-toetsenbord op Android 15 #482</h1>
<p><span class='lbl'>bug</span><span class='lbl'>priority: high</span><span class='lbl'>android</span>
 Opened by <b>@jwdevries</b> (Jan-Willem de Vries) · Assignees: @anhnguyen-dev, @kowalczyk-m · Milestone: 3.14.0</p>
{c('jwdevries', 'Jan-Willem de Vries', 'Apr 22, 2025', '''<p>Bij het koppelen van de DigiD-app vanuit de Berichtenbox-app crasht de app op een Pixel 8 met Android 15 zodra
een Bluetooth-toetsenbord verbonden is. Stacktrace hieronder. Reproduceerbaar op build 3.13.2 (commit <span class='mono'>9f3c2ab</span>).</p>
<p class='mono'>java.lang.IllegalStateException: KeyEvent dispatched after onDestroy<br>
&nbsp;at nl.rijksapps.berichtenbox.auth.DigidLinkActivity.onKeyUp(DigidLinkActivity.kt:214)</p>
<p>Gemeld door een gebruiker via de Servicedesk; melder Olumide Adeyemi-Brand gaf toestemming om zijn testaccount te gebruiken.</p>''', 'Collaborator')}
{c('github-actions[bot]', '', 'Apr 22, 2025', '<p>This issue has been added to the project board <i>Release 3.14</i>.</p>', 'Bot')}
{c('anhnguyen-dev', 'Nguyễn Thị Anh', 'Apr 23, 2025', '''<p>Kan ik reproduceren met een Logitech-toetsenbord. De <span class='mono'>onKeyUp</span>-handler wordt aangeroepen
nadat de activity al is afgesloten. Fix staat in PR #487. @jwdevries kun jij op een Samsung testen? Ik heb alleen Pixel-devices.</p>''')}
{c('kowalczyk-m', 'Magdalena Kowalczyk', 'Apr 24, 2025', '''<p>Review gedaan op #487, één opmerking over de lifecycle-observer. Voor de release-notes: dit raakt ook iOS niet,
alleen Android. Let op: de accessibility-audit van Nguyễn Thị Anh (zie #455) noemde hetzelfde scherm.</p>
<p>Mijn vervanger tijdens verlof is Bogdan Ștefănescu (<span class='mono'>@bstefanescu</span>), bereikbaar op +40 721 384 902.</p>''')}
{c('pixelkat42', '', 'Apr 25, 2025', '''<p>Zelfde crash op Fairphone 5 met Android 14, dus niet alleen 15. Logcat gemaild naar
<a href="mailto:security@rijksapps-demo.nl">security@rijksapps-demo.nl</a>.</p>''', 'None')}
{c('dependabot[bot]', '', 'Apr 26, 2025', '<p>Bumps androidx.lifecycle from 2.8.7 to 2.9.0 (#489).</p>', 'Bot')}
{c('jwdevries', 'Jan-Willem de Vries', 'Apr 28, 2025', '''<p>Getest op Samsung Galaxy A55: opgelost met #487. De Vries sluit het issue na de merge. Dank @anhnguyen-dev
en @kowalczyk-m. Vragen over de uitrol graag via <a href="mailto:jan-willem.devries@rijksapps-demo.nl">mail</a>.</p>''', 'Collaborator')}
<p class='muted'>Closed by @jwdevries via #487 on Apr 29, 2025 · Linked Jira: BERICHT-1123</p>
"""
    ctx.chromium.pdf(ctx.out, page_html(body, "Issue #482"))
    return dict(
        info={"Title": "Issue #482 export - jwdevries"},
        redact=[
            ("USERNAME", "@jwdevries", ["jwdevries"]),
            ("PERSON", "Jan-Willem de Vries", ["Jan-Willem de Vries", "De Vries"]),
            ("EMAIL", "jan-willem.devries@rijksapps-demo.nl (link annotation only)", ["jan-willem.devries@rijksapps-demo.nl"]),
            ("USERNAME", "@anhnguyen-dev", ["anhnguyen-dev"]),
            ("PERSON", "Nguyễn Thị Anh", ["Nguyễn Thị Anh"]),
            ("USERNAME", "@kowalczyk-m", ["kowalczyk-m"]),
            ("PERSON", "Magdalena Kowalczyk", ["Magdalena Kowalczyk"]),
            ("USERNAME", "@pixelkat42", ["pixelkat42"]),
            ("PERSON", "Olumide Adeyemi-Brand (citizen)", ["Adeyemi-Brand", "Olumide"]),
            ("PERSON", "Bogdan Ștefănescu", ["Ștefănescu", "Bogdan"]),
            ("USERNAME", "@bstefanescu", ["bstefanescu"]),
            ("PHONE", "+40 721 384 902", ["+40 721 384 902"]),
        ],
        keep=[("PRODUCT", "DigiD", ["DigiD-app"]), ("PRODUCT", "Bluetooth", ["Bluetooth-toetsenbord"]),
              ("PRODUCT", "Android", ["Android"]), ("PRODUCT", "iOS", ["iOS"]), ("PRODUCT", "Pixel 8", ["Pixel 8"]),
              ("BOT", "github-actions[bot]", ["github-actions"]), ("BOT", "dependabot[bot]", ["dependabot"]),
              ("PRODUCT", "Samsung Galaxy A55", ["Samsung Galaxy A55"]), ("PRODUCT", "Fairphone 5", ["Fairphone 5"]),
              ("PRODUCT", "Logitech", ["Logitech-toetsenbord"]), ("ID", "BERICHT-1123", ["BERICHT-1123"]),
              ("FUNCMAIL", "security@rijksapps-demo.nl", ["security@rijksapps-demo.nl"]),
              ("CODE", "DigidLinkActivity", ["DigidLinkActivity.kt:214"]), ("PRODUCT", "androidx.lifecycle", ["androidx.lifecycle"]),
              ("ORG", "Berichtenbox", ["Berichtenbox-app"]), ("TERM", "Milestone", ["Milestone"]),
              ("TERM", "accessibility-audit", ["accessibility-audit"])],
        annots=[{"kind": "link", "page": 0, "rect": [60, 60, 200, 72], "uri": "mailto:jan-willem.devries@rijksapps-demo.nl"}],
    )


# --------------------------------------------------------------------------------------------- bb03
@doc("bb03_jira_export_pkio_certificaatwissel.pdf", "reportlab")
def bb03(ctx):
    blocks = [
        ("small", "Jira Software — export (Word-weergave) — jira.digipoort-demo.nl — 2025-02-11 16:40"),
        ("h1", "[DGO-2231] Certificaatwissel PKIoverheid G3 voor Digipoort koppelvlak WUS"),
        ("table", [["Type:", "Change", "Status:", "In Review"],
                   ["Priority:", "Major", "Resolution:", "Unresolved"],
                   ["Reporter:", "Ionescu, Andreea (aionescu)", "Assignee:", "Bakker-Sedney, Rowena (rbakker)"],
                   ["Watchers:", "Ferreira da Silva, Thiago (tferreira); Hoekstra, Fenna (fhoekstra); svc-jira-automation",
                    "Component/s:", "Digipoort / WUS 2.0"],
                   ["Created:", "03/Feb/25 09:14", "Due:", "28/Feb/25"]], [62, 168, 62, 168], False),
        ("h2", "Description"),
        ("p", "Het servercertificaat van het WUS-koppelvlak verloopt op 7 maart 2025. Nieuw certificaat aanvragen bij "
              "de TSP onder PKIoverheid G3 (private root), sleutel genereren in de HSM (Thales Luna), CSR door "
              "Security laten aftekenen. Ketenpartners (Belastingdienst, KvK, CBS) minimaal tien werkdagen vooraf "
              "informeren via de Digipoort-nieuwsbrief. Contact bij de TSP: Sandeep Malhotra, +44 20 7946 0831."),
        ("h2", "Activity — Comments"),
        ("table", [["Author", "Date", "Comment"],
                   ["Andreea Ionescu", "03/Feb/25 09:20", "[~rbakker] kun je de CSR maken? De vorige keer heeft Thiago het gedaan, "
                    "zie DGO-1876. Ik ben tot en met 7 februari bereikbaar op 06 - 1739 4025."],
                   ["Rowena Bakker-Sedney", "05/Feb/25 14:02", "CSR gemaakt met 3072-bit RSA in de HSM, fingerprint in bijlage. "
                    "[~fhoekstra] wil jij als security officer aftekenen?"],
                   ["Fenna Hoekstra", "06/Feb/25 10:48", "Akkoord namens Security. Let op: TLS 1.3 blijft verplicht conform "
                    "de NCSC-richtlijnen, oude cipher suites niet opnieuw activeren."],
                   ["Thiago Ferreira da Silva", "10/Feb/25 17:31", "Ketenpartners gemaild; KvK vraagt om testmoment op de "
                    "preproductie-omgeving. Mijn nummer voor het testmoment: +31 6 8152 2937 (thiago.ferreiradasilva@digipoort-demo.nl)."],
                   ["svc-jira-automation", "11/Feb/25 06:00", "Due date approaching: 17 days left."]],
         [95, 70, 295]),
        ("small", "Generated at Tue Feb 11 16:40:12 CET 2025 by Andreea Ionescu using Jira 9.12.4."),
    ]
    rl_build(ctx.out, blocks, font="DVC", size=9.5)
    return dict(
        info={"Author": "aionescu", "Title": "DGO-2231 export"},
        redact=[
            ("PERSON", "Andreea Ionescu", ["Ionescu", "Andreea"]), ("USERNAME", "aionescu", ["aionescu"]),
            ("PERSON", "Rowena Bakker-Sedney", ["Bakker-Sedney", "Rowena"]), ("USERNAME", "rbakker", ["rbakker"]),
            ("PERSON", "Thiago Ferreira da Silva", ["Ferreira da Silva", "Thiago"]), ("USERNAME", "tferreira", ["tferreira"]),
            ("PERSON", "Fenna Hoekstra", ["Hoekstra", "Fenna"]), ("USERNAME", "fhoekstra", ["fhoekstra"]),
            ("PERSON", "Sandeep Malhotra", ["Malhotra", "Sandeep"]), ("PHONE", "+44 20 7946 0831", ["+44 20 7946 0831"]),
            ("PHONE", "06 - 1739 4025", ["06 - 1739 4025"]), ("PHONE", "+31 6 8152 2937", ["+31 6 8152 2937"]),
            ("EMAIL", "thiago.ferreiradasilva@digipoort-demo.nl", ["thiago.ferreiradasilva@digipoort-demo.nl"]),
        ],
        keep=[("ORG", "Digipoort", ["Digipoort"]), ("PRODUCT", "PKIoverheid G3", ["PKIoverheid G3"]),
              ("PRODUCT", "HSM", ["HSM"]), ("PRODUCT", "Thales Luna", ["Thales Luna"]), ("ORG", "KvK", ["KvK"]),
              ("ORG", "CBS", ["CBS"]), ("ORG", "Belastingdienst", ["Belastingdienst"]), ("TERM", "TLS 1.3", ["TLS 1.3"]),
              ("ORG", "NCSC", ["NCSC-richtlijnen"]), ("ID", "DGO-2231", ["DGO-2231"]), ("ID", "DGO-1876", ["DGO-1876"]),
              ("PRODUCT", "Jira", ["Jira"]), ("BOT", "svc-jira-automation", ["svc-jira-automation"]),
              ("TERM", "WUS", ["WUS-koppelvlak"]), ("TITLE", "security officer", ["security officer"]), ("TERM", "CSR", ["CSR"])],
    )


# --------------------------------------------------------------------------------------------- bb04
@doc("bb04_mattermost_knmi_datalab.pdf", "chromium")
def bb04(ctx):
    msgs = [
        ("sophie.lambrechts", "Sophie Lambrechts", "08:02", "Goedemorgen! De HARMONIE-AROME run van 06 UTC is niet op de KNMI Data Platform API verschenen. Kijkt iemand mee?"),
        ("r.oudshoorn", "Ruben Oudshoorn", "08:05", "Ik zie in Grafana dat de MinIO-bucket <span class='mono'>harmonie-ops</span> vol zit (98%). @kaan.ozdemir jij had gisteren de retentie aangepast toch?"),
        ("kaan.ozdemir", "Kaan Özdemir", "08:09", "Klopt, de lifecycle-policy staat op 14 dagen i.p.v. 7. Mijn fout. Ik zet hem terug en ruim handmatig op."),
        ("sophie.lambrechts", "Sophie Lambrechts", "08:11", "Top. Ik bel de weerkamer even, die hebben om 09:00 de briefing. Wie is vandaag piket? Ik heb alleen het nummer van Ruben (06 2318 4770)."),
        ("r.oudshoorn", "Ruben Oudshoorn", "08:12", "Piket is Lukas Hofbauer, maar die zit in de trein. Bel hem op +49 171 5523 904 (Duits nummer)."),
        ("lhofbauer", "Lukas Hofbauer", "08:31", "Ben er. Kubernetes-jobs herstart, de run wordt nu alsnog gepubliceerd. Postmortem volgt op Confluence. @sophie.lambrechts kun jij de afnemers (Rijkswaterstaat, LVNL) informeren?"),
        ("sophie.lambrechts", "Sophie Lambrechts", "08:40", "Gedaan via datalab@knmi-demo.nl. Ook de Meteoalarm-koppeling gecontroleerd: geen impact."),
        ("system", "", "09:02", "Kaan Özdemir added Isabela Carvalho Mendes to the channel."),
        ("isabela.mendes", "Isabela Carvalho Mendes", "09:05", "Hoi allemaal, ik ben de nieuwe data engineer (gedetacheerd via Yacht). Mijn werkplek is in De Bilt, kamer B2.14."),
    ]
    rows = "".join(f"<tr><td class='mono'>{t}</td><td><b>{esc(dn) or '<i>system</i>'}</b><br><span class='muted'>@{esc(u)}</span></td><td>{m}</td></tr>"
                   for u, dn, t, m in msgs)
    body = f"""<p class='muted'>Mattermost · team KNMI Datalab · export of channel <b>~ops-datalab</b> · 2025-06-12 (Europe/Amsterdam)</p>
<h1>~ops-datalab — 12 juni 2025</h1><table><tr><th style='width:40px'>Tijd</th><th style='width:150px'>Gebruiker</th><th>Bericht</th></tr>{rows}</table>
<p class='muted'>Channel header: Operationele meldingen datalab · Escalatie: weerkamer 030-220 6911 (24/7) · Eigenaar: team Data &amp; Infra</p>"""
    ctx.chromium.pdf(ctx.out, page_html(body, "~ops-datalab export"))
    return dict(
        info={"Author": "Sophie Lambrechts"},
        redact=[
            ("PERSON", "Sophie Lambrechts", ["Lambrechts", "Sophie"]), ("USERNAME", "sophie.lambrechts", ["sophie.lambrechts"]),
            ("PERSON", "Ruben Oudshoorn", ["Oudshoorn", "Ruben"]), ("USERNAME", "r.oudshoorn", ["r.oudshoorn"]),
            ("PERSON", "Kaan Özdemir", ["Özdemir", "Kaan"]), ("USERNAME", "kaan.ozdemir", ["kaan.ozdemir"]),
            ("PERSON", "Lukas Hofbauer", ["Hofbauer", "Lukas"]), ("USERNAME", "lhofbauer", ["lhofbauer"]),
            ("PERSON", "Isabela Carvalho Mendes", ["Carvalho Mendes", "Isabela"]), ("USERNAME", "isabela.mendes", ["isabela.mendes"]),
            ("PHONE", "06 2318 4770", ["06 2318 4770"]), ("PHONE", "+49 171 5523 904", ["+49 171 5523 904"]),
        ],
        keep=[("PRODUCT", "HARMONIE-AROME", ["HARMONIE-AROME"]), ("ORG", "KNMI", ["KNMI"]), ("PRODUCT", "Grafana", ["Grafana"]),
              ("PRODUCT", "MinIO", ["MinIO-bucket"]), ("PRODUCT", "Kubernetes", ["Kubernetes-jobs"]), ("PRODUCT", "Confluence", ["Confluence"]),
              ("ORG", "Rijkswaterstaat", ["Rijkswaterstaat"]), ("ORG", "LVNL", ["LVNL"]), ("FUNCMAIL", "datalab@knmi-demo.nl", ["datalab@knmi-demo.nl"]),
              ("PRODUCT", "Meteoalarm", ["Meteoalarm-koppeling"]), ("PLACE", "De Bilt", ["De Bilt"]), ("ORG", "Yacht", ["Yacht"]),
              ("SERVICENR", "030-220 6911", ["030-220 6911"]), ("TITLE", "data engineer", ["data engineer"]), ("TERM", "piket", ["Piket"])],
    )


# --------------------------------------------------------------------------------------------- bb05
@doc("bb05_confluence_stuurgroep_gdi.pdf", "chromium")
def bb05(ctx):
    body = """<p class='muted'>Confluence · Ruimte: Programma GDI · Pagina-eigenaar: Elif Şahin-Vermeulen · Laatst bijgewerkt 9 april 2025</p>
<h1>2025-04-08 Stuurgroep Generieke Digitale Infrastructuur</h1>
<h2>Datum</h2><p>8 april 2025, 13:00-15:00, Hoftoren Den Haag, zaal 12.03 en via Webex</p>
<h2>Deelnemers</h2>
<ul><li>@Elif Şahin-Vermeulen (voorzitter, programmamanager GDI, BZK)</li>
<li>@Pieter-Jan Claessens (Logius, architect eID)</li><li>@Oluwaseun Adebayo (RvIG, productmanager BRP)</li>
<li>@Maaike ten Brinke-Overbeek (KOOP, adviseur)</li><li>@Krzysztof Nowicki (Gartner, extern adviseur)</li></ul>
<p>Afwezig: @Hanneke Blom (vervangen door Oluwaseun Adebayo)</p>
<h2>Agenda en besluiten</h2>
<table><tr><th>Onderwerp</th><th>Toelichting</th><th>Eigenaar</th></tr>
<tr><td>EUDI-wallet pilot</td><td>De Europese implementatiedatum (eind 2026) blijft staan. Logius rapporteert over de aansluiting van DigiD als authenticatiemiddel op het vereiste eIDAS-niveau hoog. Staatssecretaris Szabó wordt voor het commissiedebat Digitale Overheid gebriefd.</td><td>Pieter-Jan Claessens</td></tr>
<tr><td>BRP-bevraging via API</td><td>RvIG meldt dat de Haal Centraal-API's stabiel draaien; de oude GBA-V-koppeling wordt in 2026 uitgefaseerd.</td><td>Oluwaseun Adebayo</td></tr>
<tr><td>Open standaarden</td><td>Forum Standaardisatie adviseert NL GOV OAuth-profiel op de pas-toe-of-leg-uit-lijst; Nowicki levert een marktscan.</td><td>Krzysztof Nowicki</td></tr></table>
<h2>Actiepunten</h2>
<ul><li>☐ @Pieter-Jan Claessens stuurt de planning EUDI-aansluiting naar de stuurgroep vóór 22 april</li>
<li>☐ @Maaike ten Brinke-Overbeek checkt de publicatie-eisen van de Woo voor de stuurgroepstukken</li>
<li>☑ @Elif Şahin-Vermeulen plant vervolgoverleg met de DG DOO</li></ul>
<p class='muted'>Vragen over deze pagina: gdi-programma@minbzk-demo.nl · Bijlagen: planning_eudi_v3.xlsx (uploaded by Pieter-Jan Claessens)</p>"""
    ctx.chromium.pdf(ctx.out, page_html(body, "2025-04-08 Stuurgroep GDI"))
    return dict(
        info={"Author": "Elif Sahin-Vermeulen", "Title": "2025-04-08 Stuurgroep Generieke Digitale Infrastructuur"},
        redact=[
            ("PERSON", "Elif Şahin-Vermeulen", ["Şahin-Vermeulen", "Elif"]), ("PERSON", "Elif Sahin-Vermeulen (Info Author ASCII)", ["Sahin-Vermeulen"]),
            ("PERSON", "Pieter-Jan Claessens", ["Claessens", "Pieter-Jan"]),
            ("PERSON", "Oluwaseun Adebayo", ["Adebayo", "Oluwaseun"]),
            ("PERSON", "Maaike ten Brinke-Overbeek", ["ten Brinke-Overbeek", "Maaike"]),
            ("PERSON", "Krzysztof Nowicki", ["Nowicki", "Krzysztof"]),
            ("PERSON", "Hanneke Blom", ["Hanneke Blom"]),
        ],
        keep=[("ORG", "RvIG", ["RvIG"]), ("ORG", "Logius", ["Logius"]), ("ORG", "KOOP", ["KOOP"]), ("ORG", "Gartner", ["Gartner"]),
              ("PRODUCT", "EUDI-wallet", ["EUDI-wallet"]), ("PRODUCT", "DigiD", ["DigiD"]), ("TERM", "eIDAS", ["eIDAS-niveau hoog"]),
              ("PUBLIC", "Staatssecretaris Szabó", ["Szabó"]), ("PRODUCT", "Haal Centraal", ["Haal Centraal-API's"]),
              ("PRODUCT", "GBA-V", ["GBA-V-koppeling"]), ("ORG", "Forum Standaardisatie", ["Forum Standaardisatie"]),
              ("TERM", "NL GOV OAuth", ["NL GOV OAuth-profiel"]), ("PLACE", "Hoftoren", ["Hoftoren Den Haag"]), ("PRODUCT", "Webex", ["Webex"]),
              ("FUNCMAIL", "gdi-programma@minbzk-demo.nl", ["gdi-programma@minbzk-demo.nl"]), ("TITLE", "programmamanager GDI", ["programmamanager GDI"]),
              ("LAW", "Woo", ["Woo"]), ("TERM", "BRP", ["BRP-bevraging"])],
    )


# --------------------------------------------------------------------------------------------- bb06
@doc("bb06_cbs_microdata_aanvraag_mailthread.pdf", "libreoffice-docx")
def bb06(ctx):
    de_iban = iban("DE", "10020030" + "0742196358")
    blocks = [
        ("p", "From: Zwart-de Lange, Hendrikje <h.zwartdelange@cbs.nl>\nSent: Wednesday, 4 June 2025 09:17\n"
              "To: Fashola, Ayodele <a.fashola@ese.eur.nl>; Wiśniewska, Paulina <paulina.wisniewska@ese.eur.nl>\n"
              "Cc: Microdata Services <microdata@cbs.nl>; Brandsma, Gerlof <g.brandsma@cbs.nl>\n"
              "Subject: RE: Remote Access request project 9731 – linking SSB and Wajong records", True),
        ("p", "Dear Dr Fashola, dear Ms Wiśniewska,"),
        ("p", "Thank you for the revised project description. The Remote Access environment can be opened for project "
              "9731 once the institutional agreement with Erasmus School of Economics has been signed. Please note that "
              "the Wajong and WIA records from UWV can only be linked to the SSB through the RIN-person number; a BSN "
              "is never delivered to researchers. Output checking is done by my colleague Gerlof Brandsma."),
        ("p", "For the external co-author from Germany we need a separate fee of EUR 1.150; the invoice can be paid from "
              f"the account you mentioned (IBAN {de_iban}, account holder M. Obermaier-Tanaka)."),
        ("p", "Kind regards,\nHendrikje Zwart-de Lange\nAccountmanager Microdata Services\nCentraal Bureau voor de Statistiek | "
              "CBS-weg 11, Heerlen\nT +31 45 570 6822 | M +31 6 5391 2046"),
        ("p", "On Tue, 3 Jun 2025 at 14:02, Ayodele Fashola <a.fashola@ese.eur.nl> wrote:", True),
        ("p", "> Dear Ms Zwart-de Lange,\n> Attached is the revised description. Our German co-author, Dr Markus "
              "Obermaier-Tanaka (Universität Mannheim), will pay his own access fee. He can be reached on "
              "+49 621 181 3377.\n> Best wishes, Ayodele\n> -- \n> Dr. A. Fashola | Assistant Professor | "
              "Erasmus School of Economics | +31 10 408 2215"),
        ("p", "Van: Brandsma, Gerlof <g.brandsma@cbs.nl>\nVerzonden: maandag 2 juni 2025 16:40\n"
              "Aan: Zwart-de Lange, Hendrikje <h.zwartdelange@cbs.nl>\nOnderwerp: Outputcontrole project 9731", True),
        ("p", "Hoi Hendrikje,\nIk kan de outputcontrole voor 9731 doen, maar pas vanaf week 25. Paulina heeft eerder "
              "cellen met minder dan tien waarnemingen geëxporteerd (project 9102), dus graag de regels nog eens met "
              "haar doornemen. Wil je ook vragen of zij het formulier geheimhoudingsverklaring opnieuw ondertekent?\n"
              "Groet, Gerlof\n(werkdagen ma-wo, telefoon 045-5706419)"),
    ]
    src = ctx.tmp / "bb06.docx"
    docx_build(src, blocks)
    ctx.soffice(src, ctx.out)
    return dict(
        info={"Author": "Zwart-de Lange, H.", "Title": "RE: Remote Access request project 9731"},
        redact=[
            ("PERSON", "Hendrikje Zwart-de Lange", ["Zwart-de Lange", "Hendrikje"]), ("EMAIL", "h.zwartdelange@cbs.nl", ["h.zwartdelange@cbs.nl"]),
            ("PERSON", "Ayodele Fashola", ["Fashola", "Ayodele"]), ("EMAIL", "a.fashola@ese.eur.nl", ["a.fashola@ese.eur.nl"]),
            ("PERSON", "Paulina Wiśniewska", ["Wiśniewska", "Paulina"]), ("EMAIL", "paulina.wisniewska@ese.eur.nl", ["paulina.wisniewska@ese.eur.nl"]),
            ("PERSON", "Gerlof Brandsma", ["Brandsma", "Gerlof"]), ("EMAIL", "g.brandsma@cbs.nl", ["g.brandsma@cbs.nl"]),
            ("PERSON", "Markus Obermaier-Tanaka", ["Obermaier-Tanaka", "Markus"]), ("IBAN", de_iban, [de_iban]),
            ("PHONE", "+31 45 570 6822", ["+31 45 570 6822"]), ("PHONE", "+31 6 5391 2046", ["+31 6 5391 2046"]),
            ("PHONE", "+49 621 181 3377", ["+49 621 181 3377"]), ("PHONE", "+31 10 408 2215", ["+31 10 408 2215"]),
            ("PHONE", "045-5706419", ["045-5706419"]),
        ],
        keep=[("ORG", "CBS", ["Centraal Bureau voor de Statistiek"]), ("FUNCMAIL", "microdata@cbs.nl", ["microdata@cbs.nl"]),
              ("ORG", "Microdata Services", ["Microdata Services"]), ("ORG", "Erasmus School of Economics", ["Erasmus School of Economics"]),
              ("ORG", "UWV", ["UWV"]), ("TERM", "SSB", ["SSB"]), ("TERM", "Remote Access", ["Remote Access"]), ("TERM", "Wajong", ["Wajong"]),
              ("TERM", "RIN", ["RIN-person number"]), ("PLACE", "Heerlen", ["Heerlen"]), ("ORG", "Universität Mannheim", ["Universität Mannheim"]),
              ("TITLE", "Accountmanager", ["Accountmanager Microdata Services"]), ("TITLE", "Assistant Professor", ["Assistant Professor"]),
              ("ID", "project 9731", ["9731"]), ("TERM", "outputcontrole", ["outputcontrole"])],
    )


# --------------------------------------------------------------------------------------------- bb07
@doc("bb07_knmi_data_request_email_en.pdf", "reportlab")
def bb07(ctx):
    be_ib = iban("BE", be_bban("068", "2473911"))
    blocks = [
        ("raw", "<b>From:</b> Verhaegen, Wouter &lt;wouter.verhaegen@kuleuven.be&gt;<br/><b>Sent:</b> Monday, 17 February 2025 10:26<br/>"
                "<b>To:</b> KNMI Datacentrum &lt;datacentrum@knmi-demo.nl&gt;<br/><b>Cc:</b> Papadopoulou, Eleni &lt;eleni.papadopoulou@kuleuven.be&gt;; "
                "Kleinjan, Gerbrand &lt;gerbrand.kleinjan@knmi-demo.nl&gt;<br/><b>Subject:</b> Request: hourly station data 1951-2024 for urban heat study"),
        ("sp", 6),
        ("p", "Dear colleagues,"),
        ("p", "For our study on urban heat islands in Antwerp and Rotterdam we would like to obtain hourly temperature "
              "and humidity series for the automatic weather stations De Bilt (260), Rotterdam (344) and Vlissingen (310), "
              "plus the homogenised daily series. We also plan to compare them with ERA5 reanalysis from Copernicus and "
              "with HARMONIE-AROME hindcasts. My PhD student Eleni Papadopoulou will do the processing in NetCDF."),
        ("p", "Could you tell us whether a licence beyond CC BY 4.0 is needed? If there is a handling fee, our lab "
              f"account is {be_ib} (KU Leuven, project C14/23/117, in the name of W. Verhaegen)."),
        ("p", "Best regards,\nWouter Verhaegen\nAssociate Professor, Department of Earth and Environmental Sciences, KU Leuven\n"
              "Celestijnenlaan 200E, 3001 Leuven, Belgium | +32 16 37 29 84 | mobile +32 478 61 20 93"),
        ("sp", 8),
        ("raw", "<b>From:</b> Kleinjan, Gerbrand &lt;gerbrand.kleinjan@knmi-demo.nl&gt;<br/><b>Sent:</b> Tuesday, 18 February 2025 15:48<br/>"
                "<b>To:</b> Verhaegen, Wouter; Papadopoulou, Eleni<br/><b>Subject:</b> RE: Request: hourly station data 1951-2024 for urban heat study"),
        ("sp", 6),
        ("p", "Dear Professor Verhaegen, dear Eleni,"),
        ("p", "All requested series are open data on the KNMI Data Platform under CC BY 4.0, so there is no fee and no "
              "separate licence. The homogenised series for De Bilt are available as a separate dataset. For the hourly "
              "data before 1991 please use the validated archive; my colleague Anneloes Reitsma-Mulder (climate data "
              "team) can help with the station metadata. For API keys, please write to dataplatform@knmi-demo.nl, not "
              "to me personally."),
        ("p", "With kind regards,\nGerbrand Kleinjan\nSenior adviseur klimaatdata | R&D Observaties en Datatechnologie\n"
              "Koninklijk Nederlands Meteorologisch Instituut | Utrechtseweg 297, De Bilt\nT 030 220 6479 | M 06-28730155"),
    ]
    rl_build(ctx.out, blocks, size=9.5)
    return dict(
        info={"Author": "Gerbrand Kleinjan", "Title": "RE: Request hourly station data"},
        annots=[{"kind": "text", "page": 0, "rect": [530, 790, 550, 810], "T": "A. Reitsma-Mulder",
                 "contents": "Stationsmetadata 1951-1990 gestuurd op 19/2, vraag bij twijfel Jurriaan Wolters-Ekkel."}],
        redact=[
            ("PERSON", "Wouter Verhaegen", ["Verhaegen", "Wouter"]), ("EMAIL", "wouter.verhaegen@kuleuven.be", ["wouter.verhaegen@kuleuven.be"]),
            ("PERSON", "Eleni Papadopoulou", ["Papadopoulou", "Eleni"]), ("EMAIL", "eleni.papadopoulou@kuleuven.be", ["eleni.papadopoulou@kuleuven.be"]),
            ("PERSON", "Gerbrand Kleinjan", ["Kleinjan", "Gerbrand"]), ("EMAIL", "gerbrand.kleinjan@knmi-demo.nl", ["gerbrand.kleinjan@knmi-demo.nl"]),
            ("IBAN", be_ib, [be_ib]), ("PHONE", "+32 16 37 29 84", ["+32 16 37 29 84"]), ("PHONE", "+32 478 61 20 93", ["+32 478 61 20 93"]),
            ("PHONE", "030 220 6479", ["030 220 6479"]), ("PHONE", "06-28730155", ["06-28730155"]),
            ("PERSON", "Anneloes Reitsma-Mulder", ["Reitsma-Mulder", "Anneloes"]),
            ("PERSON", "Jurriaan Wolters-Ekkel (sticky note only)", ["Wolters-Ekkel"]),
        ],
        keep=[("ORG", "KNMI", ["KNMI Data Platform"]), ("FUNCMAIL", "datacentrum@knmi-demo.nl", ["datacentrum@knmi-demo.nl"]),
              ("FUNCMAIL", "dataplatform@knmi-demo.nl", ["dataplatform@knmi-demo.nl"]), ("PRODUCT", "ERA5", ["ERA5"]),
              ("ORG", "Copernicus", ["Copernicus"]), ("PRODUCT", "HARMONIE-AROME", ["HARMONIE-AROME"]), ("TERM", "NetCDF", ["NetCDF"]),
              ("TERM", "CC BY 4.0", ["CC BY 4.0"]), ("PLACE", "De Bilt", ["De Bilt"]), ("PLACE", "Vlissingen", ["Vlissingen"]),
              ("PLACE", "Antwerp", ["Antwerp"]), ("ORG", "KU Leuven", ["KU Leuven"]),
              ("ORG", "Koninklijk Nederlands Meteorologisch Instituut", ["Koninklijk Nederlands Meteorologisch Instituut"]),
              ("TITLE", "Associate Professor", ["Associate Professor"]), ("TITLE", "Senior adviseur klimaatdata", ["Senior adviseur klimaatdata"]),
              ("TERM", "urban heat islands", ["urban heat islands"])],
    )


# --------------------------------------------------------------------------------------------- bb08
@doc("bb08_rivm_inzageverzoek_vaccinatiegegevens.pdf", "libreoffice-docx")
def bb08(ctx):
    blocks = [
        ("p", "Rijksinstituut voor Volksgezondheid en Milieu\nDienst Vaccinvoorziening en Preventieprogramma's (DVP)\n"
              "Postbus 1, 3720 BA Bilthoven", True),
        ("p", "Mevrouw S. YILDIRIM-KOSTER\nPieter Postlaan 48\n3583 AK Utrecht"),
        ("table", [["Datum", "Kenmerk", "Behandeld door"],
                   ["12 mei 2025", "DVP/2025/AVG-0877", "drs. T.N. Hadžić, jurist privacy"]], [4, 5, 6]),
        ("p", "Onderwerp: uw inzageverzoek op grond van artikel 15 AVG", True),
        ("p", "Geachte mevrouw Yıldırım-Koster,"),
        ("p", "Op 22 april 2025 ontvingen wij uw verzoek om inzage in de vaccinatiegegevens die over u en uw zoon "
              "Emre Koster (geboren 9 november 2017) zijn vastgelegd in Praeventis. U vermeldde daarbij uw "
              "burgerservicenummer 506332433 en dat van uw zoon, 220269634."),
        ("p", "In de bijlage treft u een overzicht aan van de geregistreerde vaccinaties uit het Rijksvaccinatieprogramma "
              "(RVP), waaronder de BMR- en DKTP-vaccinaties. De registratie van de HPV-vaccinatie van uw dochter valt "
              "buiten dit verzoek, omdat zij ouder is dan zestien jaar en zelf een verzoek moet indienen."),
        ("p", "U gaf aan dat u bij de jeugdgezondheidszorg in Utrecht een afwijkende datum heeft gezien. De GGD regio "
              "Utrecht is bronhouder voor die invoer. Wij hebben uw melding doorgestuurd aan de contactpersoon van de "
              "GGD, de heer Bram Eijkelenboom, die u zal bellen op het door u opgegeven nummer 06-47120385."),
        ("p", "Heeft u vragen over deze brief, dan kunt u contact opnemen met het RIVM Publieksinformatie via 030 274 9111 "
              "of per e-mail via privacy@rivm-demo.nl. Vermeld daarbij het kenmerk van deze brief."),
        ("p", "Met vriendelijke groet,\nnamens de directeur DVP,\n\ndrs. T.N. Hadžić\nJurist privacy en informatiebeheer\n"
              "Tamara Hadžić | t.hadzic@rivm-demo.nl | 06 3382 1907"),
        ("p", "Bijlage: overzicht vaccinaties (2 pagina's, alleen aan verzoeker verstrekt)"),
    ]
    src = ctx.tmp / "bb08.docx"
    docx_build(src, blocks, font="Verdana", size=9.5)
    ctx.soffice(src, ctx.out)
    return dict(
        info={"Author": "T. Hadzic", "Title": "Inzageverzoek AVG S. Yildirim-Koster"},
        redact=[
            ("PERSON", "S. Yıldırım-Koster (citizen)", ["YILDIRIM-KOSTER", "Yıldırım-Koster", "Yildirim-Koster"]),
            ("ADDRESS", "Pieter Postlaan 48, 3583 AK Utrecht", ["Pieter Postlaan 48", "3583 AK"]),
            ("PERSON", "Emre Koster (child)", ["Emre Koster"]), ("DOB", "9 november 2017", ["9 november 2017"]),
            ("BSN", "506332433", ["506332433"]), ("BSN", "220269634", ["220269634"]),
            ("PERSON", "Tamara Hadžić", ["Hadžić", "Tamara", "Hadzic"]), ("EMAIL", "t.hadzic@rivm-demo.nl", ["t.hadzic@rivm-demo.nl"]),
            ("PHONE", "06 3382 1907", ["06 3382 1907"]), ("PERSON", "Bram Eijkelenboom", ["Eijkelenboom", "Bram"]),
            ("PHONE", "06-47120385", ["06-47120385"]),
        ],
        keep=[("ORG", "RIVM", ["RIVM"]), ("ORG", "DVP", ["DVP"]), ("PRODUCT", "Praeventis", ["Praeventis"]),
              ("PLACE", "Bilthoven", ["Bilthoven"]), ("LAW", "AVG", ["artikel 15 AVG"]), ("ORG", "GGD regio Utrecht", ["GGD regio Utrecht"]),
              ("SERVICENR", "030 274 9111", ["030 274 9111"]), ("FUNCMAIL", "privacy@rivm-demo.nl", ["privacy@rivm-demo.nl"]),
              ("TERM", "Rijksvaccinatieprogramma", ["Rijksvaccinatieprogramma"]), ("ID", "DVP/2025/AVG-0877", ["DVP/2025/AVG-0877"]),
              ("TITLE", "Jurist privacy", ["Jurist privacy en informatiebeheer"]), ("ADDRESS-ORG", "Postbus 1", ["Postbus 1, 3720 BA Bilthoven"])],
    )


# --------------------------------------------------------------------------------------------- bb09
@doc("bb09_verslag_raadswerkgroep_eidas.pdf", "reportlab-2col")
def bb09(ctx):
    blocks = [
        ("h1", "Verslag Raadswerkgroep Telecommunicatie en Informatiemaatschappij — 12 mei 2025"),
        ("small", "Permanente Vertegenwoordiging van het Koninkrijk der Nederlanden bij de EU, Brussel — kenmerk BRU-2025/0412 — "
                  "opgesteld door Bas Roeterink (PV, digitaal attaché) — verspreiding: BZK, EZ, BZ/DIE"),
        ("h2", "1. Uitvoeringshandelingen eIDAS 2.0"),
        ("p", "Het Poolse voorzitterschap (voorzitter: mevrouw Katarzyna Zielińska-Mróz) gaf een stand van zaken over de "
              "uitvoeringshandelingen voor de Europese Digitale Identiteitsportemonnee (EUDI-wallet). De Europese "
              "Commissie (DG CNECT, vertegenwoordigd door de heer Giannis Antonakopoulos) lichtte toe dat uitvoerend "
              "vicevoorzitter Virkkunen de certificeringsregels voor de zomer wil vaststellen."),
        ("p", "FR (Mme Clémence Delacroix-Fabre) steunde het tempo, maar vroeg om een overgangstermijn voor nationale "
              "eID-middelen. DE (Herr Matthias Obermüller) wees op de kosten voor de Länder en vroeg de Commissie om een "
              "impactanalyse. RO (dna. Ioana Dumitrescu) en EL sloten zich hierbij aan."),
        ("p", "NL (Roeterink) verwelkomde de voortgang en meldde dat DigiD Hoog als notified eID-middel de basis blijft "
              "voor de Nederlandse wallet. NL verwees naar de BNC-fiche en het standpunt dat staatssecretaris Szabó in het "
              "commissiedebat van 10 april heeft toegelicht."),
        ("h2", "2. Europese Business Wallet"),
        ("p", "De Commissie kondigde een voorstel aan in het werkprogramma 2025. Voorzitter Von der Leyen heeft dit "
              "genoemd in het Competitiveness Compass. BE (M. Thibault Vanderstraeten) vroeg aandacht voor de koppeling "
              "met handelsregisters; NL steunde dit (KvK, Business Register Interconnection System)."),
        ("h2", "3. Diversen"),
        ("p", "Het voorzitterschap stuurt de voortgangsrapportage naar Coreper I op 28 mei. Contact voor de delegaties: "
              "secretariaat telecom@consilium-demo.europa.eu. Volgende werkgroep: 26 mei 2025."),
        ("h2", "4. Opvolging"),
        ("p", "Instructie voor de volgende vergadering afstemmen met BZK/DGDOO (contact: Lotte Wijnands-Odukoya, "
              "lotte.wijnands-odukoya@minbzk-demo.nl, 06 1208 4571) en EZ. Roeterink is bereikbaar op +32 2 679 15 71."),
        ("p", "Aanwezig namens NL: Bas Roeterink (PV), Lotte Wijnands-Odukoya (BZK, via video), Hamza El Idrissi (EZ)."),
    ]
    rl_build(ctx.out, blocks, two_col_from=0, size=9, header="PV EU Brussel — Verslag RWG TELECOM 12-05-2025")
    return dict(
        info={"Author": "Roeterink, B.", "Title": "Verslag RWG Telecom 12 mei 2025"},
        outline=[("Verslag RWG Telecom (B. Roeterink)", 0), ("eIDAS 2.0", 0), ("Business Wallet", 0)],
        redact=[
            ("PERSON", "Bas Roeterink", ["Roeterink"]), ("PERSON", "Katarzyna Zielińska-Mróz (PL diplomat)", ["Zielińska-Mróz", "Katarzyna"]),
            ("PERSON", "Giannis Antonakopoulos (Commission official)", ["Antonakopoulos", "Giannis"]),
            ("PERSON", "Clémence Delacroix-Fabre (FR diplomat)", ["Delacroix-Fabre", "Clémence"]),
            ("PERSON", "Matthias Obermüller (DE diplomat)", ["Obermüller", "Matthias"]),
            ("PERSON", "Ioana Dumitrescu (RO diplomat)", ["Dumitrescu", "Ioana"]),
            ("PERSON", "Thibault Vanderstraeten (BE diplomat)", ["Vanderstraeten", "Thibault"]),
            ("PERSON", "Lotte Wijnands-Odukoya", ["Wijnands-Odukoya", "Lotte"]),
            ("EMAIL", "lotte.wijnands-odukoya@minbzk-demo.nl", ["lotte.wijnands-odukoya@minbzk-demo.nl"]),
            ("PHONE", "06 1208 4571", ["06 1208 4571"]), ("PHONE", "+32 2 679 15 71", ["+32 2 679 15 71"]),
            ("PERSON", "Hamza El Idrissi", ["El Idrissi", "Hamza"]),
        ],
        keep=[("PUBLIC", "vicevoorzitter Virkkunen", ["Virkkunen"]), ("PUBLIC", "Voorzitter Von der Leyen", ["Von der Leyen"]),
              ("PUBLIC", "staatssecretaris Szabó", ["Szabó"]), ("ORG", "DG CNECT", ["DG CNECT"]), ("ORG", "Coreper I", ["Coreper I"]),
              ("TERM", "EUDI-wallet", ["EUDI-wallet"]), ("TERM", "BNC-fiche", ["BNC-fiche"]), ("PRODUCT", "DigiD Hoog", ["DigiD Hoog"]),
              ("ORG", "KvK", ["KvK"]), ("TERM", "Competitiveness Compass", ["Competitiveness Compass"]),
              ("FUNCMAIL", "telecom@consilium-demo.europa.eu", ["telecom@consilium-demo.europa.eu"]),
              ("ORG", "Europese Commissie", ["Europese Commissie"]), ("TERM", "Poolse voorzitterschap", ["Poolse voorzitterschap"]),
              ("TITLE", "digitaal attaché", ["digitaal attaché"]), ("PLACE", "Brussel", ["Brussel"]), ("ORG", "Länder", ["Länder"])],
    )


# --------------------------------------------------------------------------------------------- bb10
@doc("bb10_nato_procurement_email_chain.pdf", "chromium")
def bb10(ctx):
    def hdr(lines):
        return "<div class='box'>" + "<br>".join(f"<b>{esc(k)}</b> {esc(v)}" for k, v in lines) + "</div>"
    body = f"""<p class='muted'>Printed from Outlook — DMO/Inkoop — 5 June 2025</p>
{hdr([('From:', 'Verbruggen-Oei, Koen <k.verbruggen-oei@mindef-demo.nl>'), ('Sent:', 'Thursday, 5 June 2025 11:04'),
      ('To:', 'Nkemdirim-Lambert, Aurélie <aurelie.nkemdirim-lambert@nspa-demo.nato.int>'),
      ('Cc:', 'Wendtland, Jörg <joerg.wendtland@rheinmetall-demo.de>; Whitcombe, Siobhan <s.whitcombe@thales-demo.co.uk>; DMO Inkoop <inkoop.dmo@mindef-demo.nl>'),
      ('Subject:', 'RE: RE: NSPA multinational buy – short-range air defence ammunition, lot 2 clarification')])}
<p>Aurélie,</p>
<p>Thanks. The Netherlands confirms participation in lot 2 under the NSPA support partnership. The quantities follow the
planning that minister Brekelmans sent to the Tweede Kamer on 28 April; staatssecretaris Tuinman will sign the
letter of intent at the NATO Defence Ministers' meeting. Delivery address remains the Defensie Materieel Organisatie site in
Den Helder, attention of our logistics officer, Sgt. Maj. Rianne Koolhoven (+31 6 4419 8830).</p>
<p>On the export licence question from Jörg: the German BAFA approval is still pending; please keep us informed.</p>
<p>Kind regards,<br>Koen Verbruggen-Oei<br>Senior inkoper, Defensie Materieel Organisatie (DMO)<br>Ministerie van Defensie | Kromhout Kazerne, Utrecht<br>
M +31 6 2715 9044 | MDTN *06-571-2283</p>
{hdr([('Van:', 'Nkemdirim-Lambert, Aurélie'), ('Verzonden:', 'woensdag 4 juni 2025 17:22'),
      ('Aan:', 'Verbruggen-Oei, Koen'), ('CC:', 'Wendtland, Jörg; Whitcombe, Siobhan'), ('Onderwerp:', 'RE: NSPA multinational buy – lot 2 clarification')])}
<p>Dear Koen,</p>
<p>As discussed in Capellen, the framework contract allows nations to join lot 2 until 30 June. I attach the
amended price schedule (NATO UNCLASSIFIED). Contractor points of contact are Jörg Wendtland (Rheinmetall, +49 211 473 1829)
for ammunition and Siobhan Whitcombe (Thales UK, +44 20 7946 0514) for the fire control upgrade.</p>
<p>Best regards,<br>Aurélie Nkemdirim-Lambert<br>Contracting Officer, Land Combat Programme<br>NATO Support and Procurement Agency (NSPA), Capellen, Luxembourg<br>
Tel. +352 30 63 6217</p>
<p class='muted'>On Wed, 4 Jun 2025 at 09:15, Jörg Wendtland &lt;joerg.wendtland@rheinmetall-demo.de&gt; wrote:</p>
<blockquote style='border-left:3px solid #ccc;margin-left:4px;padding-left:8px'>Dear Mrs Nkemdirim-Lambert, dear Mr Verbruggen-Oei,<br>
our production slot in Unterlüß can be reserved for Q2 2026 if the Dutch order is confirmed before 15 June. Please direct
contractual questions to our legal counsel Dr. Henrike Baumgärtner-Salo (henrike.baumgaertner-salo@rheinmetall-demo.de).<br>
Mit freundlichen Grüßen / Best regards, J. Wendtland, Key Account Manager Benelux</blockquote>"""
    ctx.chromium.pdf(ctx.out, page_html(body, "RE: RE: NSPA multinational buy"))
    return dict(
        info={"Author": "VerbruggenK", "Title": "RE: RE: NSPA multinational buy - lot 2"},
        redact=[
            ("PERSON", "Koen Verbruggen-Oei", ["Verbruggen-Oei", "Koen"]), ("EMAIL", "k.verbruggen-oei@mindef-demo.nl", ["k.verbruggen-oei@mindef-demo.nl"]),
            ("USERNAME", "VerbruggenK (Info Author)", ["VerbruggenK"]),
            ("PERSON", "Aurélie Nkemdirim-Lambert", ["Nkemdirim-Lambert", "Aurélie"]),
            ("EMAIL", "aurelie.nkemdirim-lambert@nspa-demo.nato.int", ["aurelie.nkemdirim-lambert@nspa-demo.nato.int"]),
            ("PERSON", "Jörg Wendtland", ["Wendtland", "Jörg"]), ("EMAIL", "joerg.wendtland@rheinmetall-demo.de", ["joerg.wendtland@rheinmetall-demo.de"]),
            ("PERSON", "Siobhan Whitcombe", ["Whitcombe", "Siobhan"]), ("EMAIL", "s.whitcombe@thales-demo.co.uk", ["s.whitcombe@thales-demo.co.uk"]),
            ("PERSON", "Rianne Koolhoven", ["Koolhoven", "Rianne"]), ("PHONE", "+31 6 4419 8830", ["+31 6 4419 8830"]),
            ("PHONE", "+31 6 2715 9044", ["+31 6 2715 9044"]), ("PHONE", "*06-571-2283", ["06-571-2283"]),
            ("PHONE", "+49 211 473 1829", ["+49 211 473 1829"]), ("PHONE", "+44 20 7946 0514", ["+44 20 7946 0514"]),
            ("PHONE", "+352 30 63 6217", ["+352 30 63 6217"]),
            ("PERSON", "Henrike Baumgärtner-Salo", ["Baumgärtner-Salo", "Henrike"]),
            ("EMAIL", "henrike.baumgaertner-salo@rheinmetall-demo.de", ["henrike.baumgaertner-salo@rheinmetall-demo.de"]),
        ],
        keep=[("PUBLIC", "minister Brekelmans", ["Brekelmans"]), ("PUBLIC", "staatssecretaris Tuinman", ["Tuinman"]),
              ("ORG", "NSPA", ["NSPA"]), ("ORG", "NATO", ["NATO"]), ("ORG", "DMO", ["Defensie Materieel Organisatie"]),
              ("ORG", "Rheinmetall", ["Rheinmetall"]), ("ORG", "Thales UK", ["Thales UK"]), ("PLACE", "Capellen", ["Capellen"]),
              ("PLACE", "Den Helder", ["Den Helder"]), ("PLACE", "Unterlüß", ["Unterlüß"]), ("ORG", "Tweede Kamer", ["Tweede Kamer"]),
              ("ORG", "BAFA", ["BAFA"]), ("FUNCMAIL", "inkoop.dmo@mindef-demo.nl", ["inkoop.dmo@mindef-demo.nl"]),
              ("TITLE", "Contracting Officer", ["Contracting Officer"]), ("TITLE", "Key Account Manager", ["Key Account Manager Benelux"]),
              ("TITLE", "Senior inkoper", ["Senior inkoper"]), ("PLACE", "Kromhout Kazerne", ["Kromhout Kazerne"]),
              ("TERM", "NATO UNCLASSIFIED", ["NATO UNCLASSIFIED"])],
    )
