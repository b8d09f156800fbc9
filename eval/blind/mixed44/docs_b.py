"""Documents bb11-bb20."""
from lib import rl_build, rl_setup, page_html, esc, docx_build, iban, scan_build
from registry import doc


# --------------------------------------------------------------------------------------------- bb11
@doc("bb11_rws_incidentlog_a12.pdf", "reportlab-landscape")
def bb11(ctx):
    from reportlab.lib.pagesizes import A4, landscape
    rows = [["Tijd", "Locatie", "Melding / actie", "Weginspecteur / melder", "Telefoon", "Status"],
            ["05:42", "A12 Re, hmp 45,3", "Pechgeval vrachtwagen rechter rijstrook, kenteken 54-BKV-7 (particulier busje erachter: "
             "ZP-381-N). Rijstrook afgekruist via MTM.", "DE GROOT-VAN ASSELT, M.", "06-22914837", "afgehandeld"],
            ["06:10", "Knooppunt Oudenrijn", "Bergingsbedrijf Van der Wetering ter plaatse, IM-afspraak nageleefd.",
             "BOUZIANE, Y.", "06-30475518", "afgehandeld"],
            ["06:55", "A2 Li, hmp 62,0", "Dier op de weg (ree), verwijderd. Melder: dhr. Reinier Zijlstra-Oosting, "
             "weggebruiker, terug te bellen op 0031 6 1844 2590.", "VAN DER STEEN, H.J.", "06-51937264", "afgehandeld"],
            ["07:30", "A12 Li, hmp 47,8 (Galecopperbrug)", "Schade aan geleiderail na aanrijding, schouw door aannemer "
             "Heijmans. Inspectie met weginspecteur-in-opleiding Priyanka Sewdien-Ramlal.", "DE GROOT-VAN ASSELT, M.",
             "06-22914837", "open"],
            ["08:15", "A27 Re, hmp 71,4", "Gladheidsmelding na buien; strooiwagen uitgezonden (GMS-melding via KNMI-waarschuwing code geel).",
             "OKAFOR-VISSER, C.", "+31 6 4770 2163", "afgehandeld"],
            ["09:02", "A12 Re, hmp 45,3", "Nacontrole, rijstrook vrij. Verkeerscentrale Midden-Nederland (VCNL) geïnformeerd.",
             "BOUZIANE, Y.", "06-30475518", "gesloten"]]
    blocks = [
        ("h1", "Rijkswaterstaat — Incidentlogboek district Midden, ploeg ochtend"),
        ("small", "Dienst: woensdag 15 januari 2025, 05:30–14:00 · Verkeerscentrale Midden-Nederland, Utrecht · Ploegleider: "
                  "Hendrik-Jan VAN DER STEEN · Telefoon centrale (24/7): 0800-8002 · Rubricering: intern"),
        ("table", rows, [38, 110, 300, 130, 80, 62]),
        ("p", "Bijzonderheden: de melding over de Galecopperbrug is doorgezet naar het areaalbeheer (zaak RWS-MN-2025-00417). "
              "Mirjam de Groot-van Asselt overlegt met Heijmans over het herstel; Chidinma Okafor-Visser neemt de middagdienst over "
              "van Youssef Bouziane. Meldingen van weggebruikers via 0800-8002 of het contactformulier; kentekens van "
              "weggebruikers worden alleen vastgelegd als berging nodig is."),
        ("p", "Aftekening ploegleider: H.J. van der Steen — paraaf HJvdS"),
    ]
    rl_build(ctx.out, blocks, pagesize=landscape(A4), size=9, margins=(36, 36, 36, 36))
    return dict(
        info={"Author": "rws\\steenhjvd", "Title": "Incidentlog district Midden 15-01-2025"},
        redact=[
            ("PERSON", "Mirjam de Groot-van Asselt", ["DE GROOT-VAN ASSELT", "de Groot-van Asselt", "Mirjam"]),
            ("PHONE", "06-22914837", ["06-22914837"]),
            ("PERSON", "Youssef Bouziane", ["BOUZIANE", "Bouziane", "Youssef"]), ("PHONE", "06-30475518", ["06-30475518"]),
            ("PERSON", "Hendrik-Jan van der Steen", ["VAN DER STEEN", "van der Steen", "Hendrik-Jan"]), ("PHONE", "06-51937264", ["06-51937264"]),
            ("PARAPH", "HJvdS", ["HJvdS"]), ("USERNAME", "rws\\steenhjvd", ["steenhjvd"]),
            ("PERSON", "Reinier Zijlstra-Oosting (road user)", ["Zijlstra-Oosting", "Reinier"]), ("PHONE", "0031 6 1844 2590", ["0031 6 1844 2590"]),
            ("PERSON", "Priyanka Sewdien-Ramlal", ["Sewdien-Ramlal", "Priyanka"]),
            ("PERSON", "Chidinma Okafor-Visser", ["OKAFOR-VISSER", "Okafor-Visser", "Chidinma"]), ("PHONE", "+31 6 4770 2163", ["+31 6 4770 2163"]),
            ("PLATE", "ZP-381-N (private van)", ["ZP-381-N"]),
        ],
        keep=[("ORG", "Rijkswaterstaat", ["Rijkswaterstaat"]), ("ROAD", "A12", ["A12"]), ("ROAD", "A2", ["A2"]), ("ROAD", "A27", ["A27"]),
              ("PLACE", "Knooppunt Oudenrijn", ["Knooppunt Oudenrijn"]), ("PLACE", "Galecopperbrug", ["Galecopperbrug"]),
              ("ORG", "Verkeerscentrale Midden-Nederland", ["Verkeerscentrale Midden-Nederland"]), ("ORG", "Heijmans", ["Heijmans"]),
              ("SERVICENR", "0800-8002", ["0800-8002"]), ("ORG", "KNMI", ["KNMI-waarschuwing"]), ("ID", "RWS-MN-2025-00417", ["RWS-MN-2025-00417"]),
              ("TERM", "MTM", ["MTM"]), ("TITLE", "Weginspecteur", ["Weginspecteur"]), ("TITLE", "Ploegleider", ["Ploegleider"]),
              ("ORG", "Bergingsbedrijf Van der Wetering", ["Bergingsbedrijf Van der Wetering"]), ("TERM", "hmp", ["hmp"]),
              ("TERM", "code geel", ["code geel"])],
    )


# --------------------------------------------------------------------------------------------- bb12
@doc("bb12_pentest_report_mijnoverheid_zakelijk.pdf", "reportlab")
def bb12(ctx):
    blocks = [
        ("h1", "Penetration Test Report — MijnOverheid Zakelijk (acceptance environment)"),
        ("table", [["Client", "Logius, Ministry of the Interior and Kingdom Relations"],
                   ["Contractor", "Cyberlane Security B.V., Amersfoort"],
                   ["Client contact", "ir. Willemijn Haverkamp, product owner (w.haverkamp@logius-demo.nl)"],
                   ["Testers", "Arjun Raghavan (OSCP, lead), Femke Tjalma-de Wit (OSWE), Nnamdi Eze (CRTP)"],
                   ["Test window", "3–14 March 2025"], ["Report version", "1.0 — 21 March 2025 — TLP:AMBER"]], [95, 370], False),
        ("h2", "1. Management summary"),
        ("p", "Cyberlane Security performed a grey-box penetration test of MijnOverheid Zakelijk, including the web front end, "
              "the REST API, the Kubernetes cluster on Azure (AKS) and the GitLab CI/CD pipeline. We identified two high, "
              "three medium and four low risk findings. No critical vulnerabilities were found. The high findings relate to "
              "a CI/CD secret exposure and an overly permissive Kubernetes RBAC role; both allow lateral movement from a "
              "compromised developer laptop into the acceptance cluster. Fixing them is required for compliance with the "
              "BIO (Baseline Informatiebeveiliging Overheid) and the NCSC ICT-beveiligingsrichtlijnen voor webapplicaties."),
        ("h2", "2. Scope and methodology"),
        ("p", "The test followed the OWASP Web Security Testing Guide v4.2 and the OWASP API Security Top 10 (2023). "
              "Infrastructure components in scope: nginx ingress controller, Keycloak 24 (OpenID Connect), PostgreSQL 15, "
              "Redis 7, an Azure Key Vault, and the Bluetooth Low Energy beacon used by the kiosk in the service desk at "
              "Apeldoorn. Social engineering and denial-of-service testing were out of scope."),
        ("h2", "3. Findings"),
        ("table", [["ID", "Title", "Risk", "CVSS 3.1"],
                   ["MOZ-01", "GitLab CI variable with Azure service principal secret not masked in job logs", "High", "8.1"],
                   ["MOZ-02", "Kubernetes ClusterRole 'dev-support' allows pods/exec in all namespaces", "High", "7.6"],
                   ["MOZ-03", "Keycloak admin console reachable from the internal network without MFA", "Medium", "6.5"],
                   ["MOZ-04", "Verbose error messages disclose PostgreSQL version and stack traces", "Medium", "5.3"],
                   ["MOZ-05", "Redis instance without AUTH inside the cluster network", "Medium", "5.0"],
                   ["MOZ-06", "TLS 1.0/1.1 still accepted on the legacy SOAP endpoint", "Low", "3.7"],
                   ["MOZ-07", "Missing Content-Security-Policy header on the portal", "Low", "3.1"],
                   ["MOZ-08", "BLE beacon accepts unauthenticated GATT writes (kiosk)", "Low", "3.5"],
                   ["MOZ-09", "Outdated OpenSSL 3.0.2 in base image (CVE-2023-0286)", "Low", "3.7"]], [45, 300, 45, 55]),
        ("h3" if False else "h2", "3.1 MOZ-01 — CI/CD secret exposure"),
        ("p", "The job log of pipeline #48213 printed the variable AZURE_CLIENT_SECRET because the variable was defined as "
              "protected but not masked. The pipeline was triggered by the commit of developer Pieter Oosterwijk "
              "(GitLab user @poosterwijk, commit author 'Pieter Oosterwijk <p.oosterwijk@logius-demo.nl>'). Any project member "
              "with Reporter access can read job logs. With the secret we obtained a token for the Azure subscription and "
              "could list the Key Vault secrets. Recommendation: mask and rotate the secret, use workload identity federation "
              "instead of a client secret, and restrict job log access to Developer role and above."),
        ("h2", "3.2 MOZ-02 — Permissive RBAC role"),
        ("p", "The ClusterRole dev-support is bound to the Entra ID group 'MOZ-Dev' and grants pods/exec cluster-wide. The "
              "administrative account w.haverkamp-adm is also member of this group, which is not required for the product owner role. "
              "Using pods/exec on the Keycloak pod we could read the realm signing key. Recommendation: namespace-scoped "
              "RoleBindings, remove exec rights from support roles, and review group membership quarterly as the BIO requires."),
        ("h2", "3.3 MOZ-03 — Keycloak admin console without MFA"),
        ("p", "The Keycloak admin console (/admin/master/console) is reachable from every workstation VLAN. Administrators "
              "authenticate with username and password only; the realm does not enforce the OTP or WebAuthn required action. "
              "A phished administrator password would give full control over the OpenID Connect clients, including the "
              "redirect URIs of the portal. Recommendation: expose the admin console only through the management bastion, "
              "enforce WebAuthn for the master realm, and alert on logins to the master realm in the SIEM (Splunk)."),
        ("h2", "3.4 MOZ-04 and MOZ-05 — Information disclosure and Redis without AUTH"),
        ("p", "Malformed JSON sent to /api/v2/machtigingen returns a full Java stack trace including the Spring Boot and "
              "PostgreSQL JDBC driver versions. Separately, the Redis 7 instance used as session cache accepts connections "
              "without AUTH from any pod in the cluster; together with MOZ-02 an attacker can read and modify session data. "
              "Recommendation: configure a generic error handler, enable Redis ACLs with a per-service user and apply a "
              "Kubernetes NetworkPolicy that only allows the portal pods to reach Redis on port 6379."),
        ("h2", "3.5 MOZ-06, MOZ-07 and MOZ-09 — Hardening"),
        ("p", "The legacy SOAP endpoint for Digikoppeling still negotiates TLS 1.0 and 1.1, contrary to the NCSC TLS guidelines "
              "(version 2.1). The portal lacks a Content-Security-Policy header, which increases the impact of any future XSS. "
              "The container base image ships OpenSSL 3.0.2, affected by CVE-2023-0286 (X.400 address type confusion); the "
              "vulnerable code path is not used by the application, hence the low rating. Recommendation: disable TLS 1.0/1.1, "
              "add a strict CSP with nonces, and rebuild images weekly from the distroless base with automated Trivy scans."),
        ("h2", "3.6 MOZ-08 — BLE beacon"),
        ("p", "The kiosk beacon (Bluetooth 5.0, vendor firmware 2.3.1) accepts unauthenticated writes to the advertising "
              "interval characteristic. An attacker in radio range can make the beacon invisible. The risk is low because the "
              "beacon only shows queue numbers. Our tester Nnamdi Eze confirmed the issue on site on 11 March 2025 together with "
              "the facility manager, Mr Gijsbert Lamain (+31 55 577 8120)."),
        ("h2", "4. Retest and contact"),
        ("p", "A retest of the high findings is planned for April 2025. Questions about this report: the lead tester Arjun "
              "Raghavan (arjun.raghavan@cyberlane-demo.nl, +31 6 3927 1154) or the Cyberlane security desk "
              "(soc@cyberlane-demo.nl, 033 760 4400). Findings are reported to the Logius CISO and registered in the SOC ticketing "
              "system."),
        ("h2", "Appendix A — Tools used"),
        ("p", "Burp Suite Professional 2025.1, nmap 7.95, kube-hunter, kubectl, trufflehog, ScoutSuite, nuclei, Wireshark with "
              "the nRF Sniffer for Bluetooth LE, and sslyze. All test traffic originated from 185.3.211.40 (Cyberlane)."),
        ("small", "Document owner: Femke Tjalma-de Wit · Cyberlane Security B.V. · KvK 71234519 · TLP:AMBER — distribution "
                  "limited to the client organisation."),
    ]
    rl_build(ctx.out, blocks, header="Cyberlane Security — Penetration Test Report MOZ-2025-03 — TLP:AMBER", size=9.5)
    return dict(
        info={"Author": "ftjalma", "Title": "Pentest rapport MOZ 2025 - A. Raghavan"},
        outline=[("1. Management summary", 0), ("3. Findings", 0), ("3.1 MOZ-01 (commit P. Oosterwijk)", 1), ("4. Retest and contact", 1)],
        redact=[
            ("PERSON", "Willemijn Haverkamp", ["Haverkamp", "Willemijn"]), ("EMAIL", "w.haverkamp@logius-demo.nl", ["w.haverkamp@logius-demo.nl"]),
            ("USERNAME", "w.haverkamp-adm", ["w.haverkamp-adm"]),
            ("PERSON", "Arjun Raghavan", ["Raghavan", "Arjun"]), ("EMAIL", "arjun.raghavan@cyberlane-demo.nl", ["arjun.raghavan@cyberlane-demo.nl"]),
            ("PHONE", "+31 6 3927 1154", ["+31 6 3927 1154"]),
            ("PERSON", "Femke Tjalma-de Wit", ["Tjalma-de Wit", "Femke"]), ("USERNAME", "ftjalma (Info Author)", ["ftjalma"]),
            ("PERSON", "Nnamdi Eze", ["Nnamdi Eze", "Nnamdi"]),
            ("PERSON", "Pieter Oosterwijk", ["Oosterwijk"]), ("USERNAME", "@poosterwijk", ["poosterwijk"]),
            ("EMAIL", "p.oosterwijk@logius-demo.nl", ["p.oosterwijk@logius-demo.nl"]),
            ("PERSON", "Gijsbert Lamain", ["Lamain", "Gijsbert"]), ("PHONE", "+31 55 577 8120", ["+31 55 577 8120"]),
        ],
        keep=[("PRODUCT", "Kubernetes", ["Kubernetes"]), ("PRODUCT", "Azure", ["Azure"]), ("PRODUCT", "GitLab", ["GitLab"]),
              ("PRODUCT", "Bluetooth", ["Bluetooth"]), ("PRODUCT", "Keycloak", ["Keycloak"]), ("PRODUCT", "PostgreSQL", ["PostgreSQL"]),
              ("PRODUCT", "Redis", ["Redis"]), ("PRODUCT", "nginx", ["nginx"]), ("PRODUCT", "OpenSSL", ["OpenSSL"]),
              ("PRODUCT", "Entra ID", ["Entra ID"]), ("PRODUCT", "Burp Suite", ["Burp Suite Professional"]), ("ACRONYM", "BIO", ["BIO"]),
              ("ORG", "NCSC", ["NCSC"]), ("ACRONYM", "CISO", ["CISO"]), ("ACRONYM", "SOC", ["SOC"]), ("ORG", "OWASP", ["OWASP"]),
              ("ORG", "Cyberlane Security", ["Cyberlane Security"]), ("ORG", "Logius", ["Logius"]), ("PLACE", "Apeldoorn", ["Apeldoorn"]),
              ("TERM", "AZURE_CLIENT_SECRET", ["AZURE_CLIENT_SECRET"]), ("TERM", "pods/exec", ["pods/exec"]),
              ("TERM", "CVE-2023-0286", ["CVE-2023-0286"]), ("TERM", "TLP:AMBER", ["TLP:AMBER"]), ("TITLE", "product owner", ["product owner"]),
              ("TITLE", "facility manager", ["facility manager"]), ("FUNCMAIL", "soc@cyberlane-demo.nl", ["soc@cyberlane-demo.nl"]),
              ("SERVICENR", "033 760 4400", ["033 760 4400"]), ("TERM", "workload identity federation", ["workload identity federation"]),
              ("TERM", "lateral movement", ["lateral movement"]), ("PRODUCT", "MijnOverheid Zakelijk", ["MijnOverheid Zakelijk"]),
              ("TERM", "ClusterRole", ["ClusterRole"]), ("PRODUCT", "Wireshark", ["Wireshark"]), ("PRODUCT", "Splunk", ["Splunk"]), ("TERM", "Digikoppeling", ["Digikoppeling"]),
              ("PRODUCT", "Spring Boot", ["Spring Boot"]), ("TERM", "NetworkPolicy", ["NetworkPolicy"]), ("TERM", "WebAuthn", ["WebAuthn"]), ("ID", "KvK 71234519", ["KvK 71234519"]),
              ("TERM", "OSCP", ["OSCP"])],
    )


# --------------------------------------------------------------------------------------------- bb13
@doc("bb13_agenda_export_week23.pdf", "chromium")
def bb13(ctx):
    ev = [
        ("ma 2 juni 2025 09:30–10:00", "Weekstart team Digitale Identiteit", "Microsoft Teams-vergadering",
         "Castelein, Ruud <ruud.castelein@minbzk-demo.nl>",
         "Castelein, Ruud; Amrani, Salma <salma.amrani@minbzk-demo.nl>; Mészáros, Zoltán <zoltan.meszaros@minbzk-demo.nl>; "
         "Tran, Minh Khoa <minhkhoa.tran@minbzk-demo.nl>", ""),
        ("ma 2 juni 2025 14:00–15:00", "Voorbereiding commissiedebat Digitale Overheid", "Turfmarkt 147, kamer 10.17",
         "Amrani, Salma", "Amrani, Salma; Dijkhuizen-Ngata, Marieke <m.dijkhuizen-ngata@minbzk-demo.nl>; woordvoering@minbzk-demo.nl",
         "Optioneel: Mészáros, Zoltán"),
        ("di 3 juni 2025 11:00–11:45", "Bewindspersonenoverleg met staatssecretaris Szabó en minister Uitermark", "Turfmarkt 147, 9e etage",
         "Secretariaat DGDOO <secretariaat.dgdoo@minbzk-demo.nl>", "Amrani, Salma; Castelein, Ruud", "Dossier: Wet digitale overheid, EUDI-wallet"),
        ("wo 4 juni 2025 10:00–12:00", "Werksessie Logius x RvIG: BSN-koppeling EUDI-wallet", "Logius, Waltersingel 1, Apeldoorn",
         "Oyelaran, Babatunde <b.oyelaran@logius-demo.nl>",
         "Tran, Minh Khoa; Oyelaran, Babatunde; Vos-Haddou, Ilse <ilse.vos-haddou@rvig-demo.nl>", "Reiskosten declareren via P-Direkt"),
        ("do 5 juni 2025 13:00–13:30", "1-op-1 Salma / Zoltán", "Teams", "Amrani, Salma", "Mészáros, Zoltán", "Privé: tandarts 15:00"),
        ("vr 6 juni 2025 16:00–17:00", "Afscheid Hans-Peter Kühne (AO-borrel)", "Hoftoren, restaurant 21e", "Castelein, Ruud",
         "DL-DGDOO-allen", "Cadeau: bijdrage via Tikkie aan Ruud (06 4812 7745)"),
    ]
    rows = "".join(f"<tr><td>{esc(a)}</td><td><b>{esc(b)}</b><br><span class='muted'>Locatie: {esc(c)}</span></td>"
                   f"<td><span class='muted'>Organisator:</span> {esc(d)}<br><span class='muted'>Verplicht:</span> {esc(e)}"
                   f"{('<br><span class=muted>Opmerking:</span> ' + esc(f)) if f else ''}</td></tr>" for a, b, c, d, e, f in ev)
    body = f"""<h1>Agenda — Amrani, Salma — week 23 (2 t/m 6 juni 2025)</h1>
<p class='muted'>Afgedrukt uit Outlook op 30 mei 2025 · Tijdzone (UTC+01:00) Amsterdam · Postvak: salma.amrani@minbzk-demo.nl</p>
<table><tr><th style='width:120px'>Wanneer</th><th style='width:210px'>Onderwerp</th><th>Deelnemers</th></tr>{rows}</table>"""
    ctx.chromium.pdf(ctx.out, page_html(body, "Agenda Amrani week 23"))
    return dict(
        info={"Author": "Amrani, Salma"},
        redact=[
            ("PERSON", "Salma Amrani", ["Amrani", "Salma"]), ("EMAIL", "salma.amrani@minbzk-demo.nl", ["salma.amrani@minbzk-demo.nl"]),
            ("PERSON", "Ruud Castelein", ["Castelein", "Ruud"]), ("EMAIL", "ruud.castelein@minbzk-demo.nl", ["ruud.castelein@minbzk-demo.nl"]),
            ("PERSON", "Zoltán Mészáros", ["Mészáros", "Zoltán"]), ("EMAIL", "zoltan.meszaros@minbzk-demo.nl", ["zoltan.meszaros@minbzk-demo.nl"]),
            ("PERSON", "Tran Minh Khoa", ["Tran, Minh Khoa", "Minh Khoa"]), ("EMAIL", "minhkhoa.tran@minbzk-demo.nl", ["minhkhoa.tran@minbzk-demo.nl"]),
            ("PERSON", "Marieke Dijkhuizen-Ngata", ["Dijkhuizen-Ngata", "Marieke"]), ("EMAIL", "m.dijkhuizen-ngata@minbzk-demo.nl", ["m.dijkhuizen-ngata@minbzk-demo.nl"]),
            ("PERSON", "Babatunde Oyelaran", ["Oyelaran", "Babatunde"]), ("EMAIL", "b.oyelaran@logius-demo.nl", ["b.oyelaran@logius-demo.nl"]),
            ("PERSON", "Ilse Vos-Haddou", ["Vos-Haddou", "Ilse"]), ("EMAIL", "ilse.vos-haddou@rvig-demo.nl", ["ilse.vos-haddou@rvig-demo.nl"]),
            ("PERSON", "Hans-Peter Kühne", ["Kühne", "Hans-Peter"]), ("PHONE", "06 4812 7745", ["06 4812 7745"]),
            ("PRIVATE", "tandarts (private appointment)", ["tandarts"]),
        ],
        keep=[("PUBLIC", "staatssecretaris Szabó", ["Szabó"]), ("PUBLIC", "minister Uitermark", ["Uitermark"]),
              ("FUNCMAIL", "woordvoering@minbzk-demo.nl", ["woordvoering@minbzk-demo.nl"]),
              ("FUNCMAIL", "secretariaat.dgdoo@minbzk-demo.nl", ["secretariaat.dgdoo@minbzk-demo.nl"]), ("ORG", "Logius", ["Logius"]),
              ("ORG", "RvIG", ["RvIG"]), ("PLACE", "Turfmarkt 147", ["Turfmarkt 147"]), ("PLACE", "Waltersingel 1", ["Waltersingel 1"]),
              ("PRODUCT", "Microsoft Teams", ["Microsoft Teams-vergadering"]), ("LAW", "Wet digitale overheid", ["Wet digitale overheid"]),
              ("PRODUCT", "EUDI-wallet", ["EUDI-wallet"]), ("PRODUCT", "P-Direkt", ["P-Direkt"]), ("PLACE", "Hoftoren", ["Hoftoren"]),
              ("TERM", "DL-DGDOO-allen", ["DL-DGDOO-allen"]), ("TERM", "commissiedebat", ["commissiedebat Digitale Overheid"]),
              ("PRODUCT", "Tikkie", ["Tikkie"])],
    )


# --------------------------------------------------------------------------------------------- bb14
@doc("bb14_handouts_cbs_kwartaalsessie.pdf", "reportlab-canvas")
def bb14(ctx):
    rl_setup()
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    W, H = A4
    slides = [
        ("Kwartaalsessie Dataketens CBS–RIVM–KNMI", ["Q1 2025 · Den Haag, 26 maart 2025", "Presentatie: Joost Wagenaar-Ruiz (CBS)",
                                                      "en dr. Adaeze Chukwu-Hermans (RIVM)"]),
        ("Agenda", ["1. Open data via het CBS Open Data Portaal (StatLine)", "2. Hittesterfte-monitor: koppeling KNMI-data",
                    "3. Privacy by design: AVG, DPIA en de CBS-wet", "4. Rondvraag"]),
        ("Hittesterfte-monitor", ["Wekelijkse sterfte (CBS) x temperatuur De Bilt (KNMI)", "Nationaal Hitteplan: RIVM-advies",
                                  "Data-eigenaar: Wagenaar-Ruiz", "Analyse: Sebastián Morales Quintero"]),
        ("Architectuur", ["Azure Data Factory → Databricks → PowerBI", "Pseudonimisering met RIN, geen BSN in de keten",
                          "Logging en monitoring conform BIO, SOC van het CBS"]),
        ("Planning 2025", ["Q2: pilot met GGD GHOR Nederland", "Q3: publicatie methodenotitie",
                           "Contact: dataketens@cbs-demo.nl of Joost (06-18265093)"]),
        ("Vragen?", ["Joost Wagenaar-Ruiz · j.wagenaarruiz@cbs-demo.nl", "Adaeze Chukwu-Hermans · adaeze.chukwu-hermans@rivm-demo.nl",
                     "Sebastián Morales Quintero · s.moralesquintero@cbs-demo.nl"]),
    ]
    c = canvas.Canvas(str(ctx.out), pagesize=A4, invariant=1)
    for pi in range(2):
        c.setFont("DV", 8)
        c.drawString(40, H - 30, "Kwartaalsessie Dataketens — 26 maart 2025")
        c.drawRightString(W - 40, H - 30, f"{pi + 1}")
        for si in range(3):
            title, lines = slides[pi * 3 + si]
            x, y, w, h = 50, H - 60 - (si + 1) * 250 + 10, 260, 195
            c.setStrokeGray(0.3); c.setLineWidth(0.8); c.rect(x, y, w, h)
            c.setFillColorRGB(0.09, 0.2, 0.45); c.rect(x, y + h - 30, w, 30, fill=1, stroke=0)
            c.setFillGray(1); c.setFont("DV-B", 9.5); c.drawString(x + 8, y + h - 20, title)
            c.setFillGray(0.1); c.setFont("DV", 7.5)
            for li, ln in enumerate(lines):
                c.drawString(x + 10, y + h - 50 - li * 13, "• " + ln)
            c.setFont("DV", 6.5); c.drawString(x + w - 30, y + 5, f"{pi * 3 + si + 1}")
            c.setStrokeGray(0.6); c.setLineWidth(0.4)
            for li in range(8):
                c.line(330, y + h - 20 - li * 22, W - 50, y + h - 20 - li * 22)
        if pi == 0:
            c.setFont("DV-I", 8); c.setFillGray(0.25)
            c.drawString(335, H - 60 - 250 + 10 + 195 - 35, "navragen bij Sebastián: cijfers week 27?")
        c.showPage()
    c.setTitle("Kwartaalsessie Dataketens Q1 2025")
    c.save()
    return dict(
        info={"Author": "Wagenaar-Ruiz, J. (CBS)", "Title": "Kwartaalsessie Dataketens Q1 2025"},
        redact=[
            ("PERSON", "Joost Wagenaar-Ruiz", ["Wagenaar-Ruiz", "Joost"]), ("EMAIL", "j.wagenaarruiz@cbs-demo.nl", ["j.wagenaarruiz@cbs-demo.nl"]),
            ("PHONE", "06-18265093", ["06-18265093"]),
            ("PERSON", "Adaeze Chukwu-Hermans", ["Chukwu-Hermans", "Adaeze"]),
            ("EMAIL", "adaeze.chukwu-hermans@rivm-demo.nl", ["adaeze.chukwu-hermans@rivm-demo.nl"]),
            ("PERSON", "Sebastián Morales Quintero", ["Morales Quintero", "Sebastián"]),
            ("EMAIL", "s.moralesquintero@cbs-demo.nl", ["s.moralesquintero@cbs-demo.nl"]),
        ],
        keep=[("ORG", "CBS", ["CBS"]), ("ORG", "RIVM", ["RIVM"]), ("ORG", "KNMI", ["KNMI"]), ("PRODUCT", "StatLine", ["StatLine"]),
              ("PRODUCT", "Azure Data Factory", ["Azure Data Factory"]), ("PRODUCT", "Databricks", ["Databricks"]),
              ("PRODUCT", "PowerBI", ["PowerBI"]), ("TERM", "Hittesterfte-monitor", ["Hittesterfte-monitor"]), ("LAW", "AVG", ["AVG"]),
              ("TERM", "DPIA", ["DPIA"]), ("LAW", "CBS-wet", ["CBS-wet"]), ("ACRONYM", "BIO", ["BIO"]), ("ACRONYM", "SOC", ["SOC"]),
              ("ORG", "GGD GHOR Nederland", ["GGD GHOR Nederland"]), ("FUNCMAIL", "dataketens@cbs-demo.nl", ["dataketens@cbs-demo.nl"]),
              ("TERM", "Nationaal Hitteplan", ["Nationaal Hitteplan"]), ("PLACE", "De Bilt", ["De Bilt"]), ("TERM", "RIN", ["RIN"])],
    )


# --------------------------------------------------------------------------------------------- bb15
@doc("bb15_verslag_mt_digitale_overheid_acties.pdf", "libreoffice-docx")
def bb15(ctx):
    blocks = [
        ("h", "Verslag MT-overleg directie Digitale Overheid", 1),
        ("table", [["Datum", "Aanwezig", "Afwezig"],
                   ["20 mei 2025, 10:00-12:00, Turfmarkt 147", "Johan van den Broek (voorzitter, JvdB), Sarita Ramsaran-Mohan (SRM), "
                    "Yusuf Aydın (YA), Claire Dubois-Hendriks (CDH), Zhang Wei (notulist, ZW)", "Bartholomeus Ekkelkamp (BE)"]], [4, 9, 4]),
        ("h", "1. Opening en mededelingen", 2),
        ("p", "JvdB meldt dat staatssecretaris Szabó het commissiedebat Digitale Overheid op 10 juni voert. De Kamerleden "
              "Six Dijkstra en Kathmann hebben vragen aangekondigd over de DigiD-storing van 14 maart. Ramsaran-Mohan meldt "
              "dat de NCSC-rapportage over de storing binnen is."),
        ("h", "2. Voortgang Wet digitale overheid (Wdo)", 2),
        ("p", "Aydın licht toe dat de tweede tranche van de Wdo (toelating private inlogmiddelen) op schema ligt. Logius en "
              "RvIG werken aan de aansluitvoorwaarden. CDH vraagt aandacht voor de toegankelijkheid van het stelsel voor "
              "mensen zonder smartphone; het MT vraagt Dubois-Hendriks een notitie op te stellen."),
        ("h", "3. Capaciteit en formatie", 2),
        ("p", "Wegens langdurige afwezigheid van Bartholomeus Ekkelkamp (re-integratietraject, gegevens bij P&O) wordt zijn "
              "portefeuille tijdelijk verdeeld. Zhang Wei neemt de EU-coördinatie over tot 1 september."),
        ("h", "Actielijst", 2),
        ("table", [["Nr", "Actie", "Wie", "Wanneer"],
                   ["25-031", "Lijn voor commissiedebat over DigiD-storing afstemmen met woordvoering", "Actie: SRM", "3 juni"],
                   ["25-032", "Notitie inclusieve toegang Wdo-stelsel", "Actie: CDH", "17 juni"],
                   ["25-033", "Overdracht EU-dossiers (eIDAS, Data Act) aan ZW", "Actie: JvdB / BE", "1 juni"],
                   ["25-034", "Reactie op BNC-fiche Europese Business Wallet voorbereiden", "Actie: YA", "10 juni"],
                   ["25-029", "Evaluatie Logius-incidentproces (loopt)", "Actie: SRM, YA", "1 juli"]], [2, 9, 3, 2.5]),
        ("p", "Volgend overleg: 3 juni 2025. Verslag vastgesteld door J. van den Broek."),
    ]
    src = ctx.tmp / "bb15.docx"
    docx_build(src, blocks, font="Arial", size=10)
    ctx.soffice(src, ctx.out)
    return dict(
        info={"Author": "Zhang Wei", "Title": "Verslag MT DO 20-05-2025"},
        redact=[
            ("PERSON", "Johan van den Broek", ["van den Broek", "Johan"]), ("PARAPH", "JvdB", ["JvdB"]),
            ("PERSON", "Sarita Ramsaran-Mohan", ["Ramsaran-Mohan", "Sarita"]), ("PARAPH", "SRM", ["SRM"]),
            ("PERSON", "Yusuf Aydın", ["Aydın", "Yusuf"]), ("PARAPH", "YA", ["YA"]),
            ("PERSON", "Claire Dubois-Hendriks", ["Dubois-Hendriks", "Claire"]), ("PARAPH", "CDH", ["CDH"]),
            ("PERSON", "Zhang Wei", ["Zhang Wei"]), ("PARAPH", "ZW", ["ZW"]),
            ("PERSON", "Bartholomeus Ekkelkamp", ["Ekkelkamp", "Bartholomeus"]), ("PARAPH", "BE", ["BE"]),
            ("HEALTH", "re-integratietraject (sick leave)", ["re-integratietraject"]),
        ],
        keep=[("PUBLIC", "staatssecretaris Szabó", ["Szabó"]), ("PUBLIC", "Kamerlid Six Dijkstra", ["Six Dijkstra"]),
              ("PUBLIC", "Kamerlid Kathmann", ["Kathmann"]), ("LAW", "Wet digitale overheid", ["Wet digitale overheid"]),
              ("LAW", "Wdo", ["Wdo"]), ("ORG", "Logius", ["Logius"]), ("ORG", "RvIG", ["RvIG"]), ("ORG", "NCSC", ["NCSC-rapportage"]),
              ("PRODUCT", "DigiD", ["DigiD-storing"]), ("TERM", "eIDAS", ["eIDAS"]), ("LAW", "Data Act", ["Data Act"]),
              ("TERM", "BNC-fiche", ["BNC-fiche"]), ("ID", "25-031", ["25-031"]), ("PLACE", "Turfmarkt 147", ["Turfmarkt 147"]),
              ("TITLE", "voorzitter", ["voorzitter"]), ("TITLE", "notulist", ["notulist"]), ("ORG", "P&O", ["P&O"])],
    )


# --------------------------------------------------------------------------------------------- bb16 (scan)
@doc("bb16_scan_klachtbrief_digid.pdf", "scan-image-only")
def bb16(ctx):
    nl_ib = iban("NL", "INGB0007385216")
    L = [("Aan: Logius, afdeling Klachten", 11, False), ("Postbus 96810, 2509 JE Den Haag", 11, False), ("GAP", 14),
         ("Afzender: Gerrit-Jan Hoogendoorn", 11, False), ("Kerkstraat 112, 7411 HK Deventer", 11, False),
         ("Telefoon: 0570-632894", 11, False), ("E-mail: gj.hoogendoorn@ziggo-demo.nl", 11, False), ("GAP", 14),
         ("Deventer, 19 maart 2025", 11, False), ("GAP", 10),
         ("Betreft: klacht over DigiD-storing en gemiste betaling", 12, True), ("GAP", 8),
         ("Geachte heer, mevrouw,", 11, False), ("GAP", 6),
         ("Op 14 maart 2025 kon ik de hele ochtend niet inloggen met de DigiD app.", 11, False),
         ("Daardoor kon ik mijn aangifte bij de Belastingdienst niet op tijd", 11, False),
         ("afronden en is de automatische incasso van mijn zorgtoeslag", 11, False),
         ("teruggeboekt naar rekening " + nl_ib + ".", 11, False),
         ("Mijn burgerservicenummer is 471415200.", 11, False), ("GAP", 6),
         ("Ik heb de Servicedesk gebeld, maar medewerker Roos Terpstra kon mij", 11, False),
         ("niet helpen. Ik verzoek u de schade van 45 euro te vergoeden.", 11, False), ("GAP", 10),
         ("Met vriendelijke groet,", 11, False), ("SIG", ""), ("G.J. Hoogendoorn", 11, False)]
    scan_build(ctx.out, [L], seed=16, angle=0.7)
    return dict(
        scan=True,
        redact=[("PERSON", "Gerrit-Jan Hoogendoorn", ["Hoogendoorn", "Gerrit-Jan"]), ("ADDRESS", "Kerkstraat 112, 7411 HK Deventer", ["Kerkstraat 112", "7411 HK"]),
                ("PHONE", "0570-632894", ["0570-632894"]), ("EMAIL", "gj.hoogendoorn@ziggo-demo.nl", ["gj.hoogendoorn@ziggo-demo.nl"]),
                ("IBAN", nl_ib, [nl_ib]), ("BSN", "471415200", ["471415200"]), ("PERSON", "Roos Terpstra", ["Terpstra", "Roos"])],
        keep=[],
    )


# --------------------------------------------------------------------------------------------- bb17 (scan)
@doc("bb17_scan_inspectieformulier_rws.pdf", "scan-image-only")
def bb17(ctx):
    L = [("RIJKSWATERSTAAT - INSPECTIEFORMULIER KUNSTWERKEN", 13, True), ("RULE",),
         ("Object: Haringvlietbrug, pijler 14 (N57)", 11, False), ("Datum inspectie: 8 april 2025", 11, False),
         ("Inspecteur: ing. Teun Kalkhoven", 11, False), ("Mobiel inspecteur: 06-29471836", 11, False),
         ("Tweede inspecteur: Anouk Vermeulen-Dogan", 11, False), ("Aannemer: BAM Infra, uitvoerder Sjoerd Bijlsma", 11, False),
         ("Telefoon uitvoerder: 06-53810279", 11, False), ("RULE",),
         ("Bevindingen:", 11, True), ("- Scheurvorming in de oplegging aan de westzijde (klasse 3).", 11, False),
         ("- Voegovergang vervuild, reinigen binnen 4 weken.", 11, False),
         ("- Geen acute veiligheidsrisico's; vervolginspectie in Q3 2025.", 11, False), ("GAP", 8),
         ("Akkoord districtshoofd: (paraaf) TK / AV", 11, False), ("SIG", ""),
         ("Verzonden aan: inspecties.zuidwest@rws-demo.nl", 10, False)]
    scan_build(ctx.out, [L], seed=17, angle=-0.8)
    return dict(
        scan=True,
        redact=[("PERSON", "Teun Kalkhoven", ["Kalkhoven", "Teun"]), ("PHONE", "06-29471836", ["06-29471836"]),
                ("PERSON", "Anouk Vermeulen-Dogan", ["Vermeulen-Dogan", "Anouk"]), ("PERSON", "Sjoerd Bijlsma", ["Bijlsma", "Sjoerd"]),
                ("PHONE", "06-53810279", ["06-53810279"])],
        keep=[],
    )


# --------------------------------------------------------------------------------------------- bb18 (scan, 2 pages)
@doc("bb18_scan_knmi_visitor_log.pdf", "scan-image-only")
def bb18(ctx):
    p1 = [("KNMI De Bilt - Visitor registration / Bezoekersregistratie", 13, True), ("RULE",),
          ("Date: 22 May 2025     Host department: R&D Weather and Climate Models", 10.5, False), ("GAP", 6),
          ("08:55  Visitor: Ewa Grabowska (IMGW-PIB, Warsaw)", 11, False), ("       Host: Dirk-Jan Smitskamp   Badge V-118", 11, False),
          ("09:10  Visitor: Kwame Asante-Boateng (ECMWF, Reading)", 11, False), ("       Host: Dirk-Jan Smitskamp   Badge V-119", 11, False),
          ("09:30  Visitor: Marie-Claire Dufresne (Meteo-France)", 11, False), ("       Phone: +33 5 61 07 84 12   Badge V-120", 11, False),
          ("10:05  Visitor: Harald Schwendtner (DWD Offenbach)", 11, False), ("       Phone: +49 69 8062 4471   Badge V-121", 11, False),
          ("GAP", 8), ("Reception: Saskia Uiterwijk (ext. 2204)", 11, False)]
    p2 = [("Remarks / Opmerkingen", 13, True), ("RULE",),
          ("- Mrs Grabowska requires a parking permit for car WX 4821K (Polish plate).", 11, False),
          ("- Mr Asante-Boateng left his laptop at the gate; collected 17:20.", 11, False),
          ("- Lunch for 6 persons in the Buys Ballot room, costs DHT-2025-114.", 11, False), ("GAP", 8),
          ("Signed for reception: S. Uiterwijk", 11, False), ("SIG", "")]
    scan_build(ctx.out, [p1, p2], seed=18, angle=0.5)
    return dict(
        scan=True,
        redact=[("PERSON", "Ewa Grabowska", ["Grabowska", "Ewa"]), ("PERSON", "Dirk-Jan Smitskamp", ["Smitskamp", "Dirk-Jan"]),
                ("PERSON", "Kwame Asante-Boateng", ["Asante-Boateng", "Kwame"]), ("PERSON", "Marie-Claire Dufresne", ["Dufresne", "Marie-Claire"]),
                ("PHONE", "+33 5 61 07 84 12", ["+33 5 61 07 84 12"]), ("PERSON", "Harald Schwendtner", ["Schwendtner", "Harald"]),
                ("PHONE", "+49 69 8062 4471", ["+49 69 8062 4471"]), ("PERSON", "Saskia Uiterwijk", ["Uiterwijk", "Saskia"]),
                ("PLATE", "WX 4821K", ["WX 4821K"])],
        keep=[],
    )


# --------------------------------------------------------------------------------------------- bb19
@doc("bb19_ncsc_advisory_doorgestuurd.pdf", "reportlab")
def bb19(ctx):
    blocks = [
        ("raw", "<b>Van:</b> CISO-office BZK &lt;ciso-office@minbzk-demo.nl&gt; namens Maarten Oldenkamp-Reyes<br/>"
                "<b>Verzonden:</b> vrijdag 10 januari 2025 08:12<br/>"
                "<b>Aan:</b> Systeemeigenaren DGDOO; Wiersma, Jildou &lt;j.wiersma@minbzk-demo.nl&gt;; "
                "Đặng, Văn Hùng &lt;vanhung.dang@logius-demo.nl&gt;<br/><b>CC:</b> SOC Rijksoverheid &lt;soc@minbzk-demo.nl&gt;<br/>"
                "<b>Onderwerp:</b> FW: [NCSC-2025-0011] Kwetsbaarheid verholpen in Ivanti Connect Secure (CVE-2025-0282) — HIGH/HIGH"),
        ("sp", 6),
        ("p", "Beste systeemeigenaren,"),
        ("p", "Hieronder het beveiligingsadvies van het NCSC over Ivanti Connect Secure, Policy Secure en ZTA Gateways. De "
              "kwetsbaarheid CVE-2025-0282 (stack-based buffer overflow) wordt actief misbruikt. Wij vragen u uiterlijk "
              "maandag 13 januari 12:00 te bevestigen dat de update naar versie 22.7R2.5 is uitgevoerd of dat het systeem "
              "offline is gehaald. Gebruik daarvoor het formulier in de ISMS-tool; terugkoppeling aan het SOC via "
              "soc@minbzk-demo.nl. Conform de BIO is dit een verplichte opvolging binnen 72 uur."),
        ("p", "Jildou, jij had de Ivanti-appliance van de VPN-toegang voor externe leveranciers in beheer; kun jij met Văn Hùng "
              "(Logius) afstemmen wie de Integrity Checker Tool draait? Bij vragen ben ik bereikbaar op 06 1937 5082."),
        ("p", "Met vriendelijke groet,\nMaarten Oldenkamp-Reyes\nSenior adviseur informatiebeveiliging | CISO-office BZK"),
        ("sp", 6),
        ("raw", "<b>From:</b> NCSC Advisory &lt;advisory@ncsc-demo.nl&gt;<br/><b>Sent:</b> Thursday, 9 January 2025 21:40<br/>"
                "<b>Subject:</b> [NCSC-2025-0011] Kwetsbaarheid verholpen in Ivanti Connect Secure"),
        ("mono", "Kans: high | Schade: high\nCVE-ID's: CVE-2025-0282, CVE-2025-0283\nOmschrijving: Ivanti heeft kwetsbaarheden\n"
                 "verholpen in Connect Secure, Policy Secure en Neurons for ZTA\nGateways. Een ongeauthenticeerde aanvaller kan\n"
                 "willekeurige code uitvoeren. Mandiant meldt actief misbruik.\nOplossingen: Ivanti heeft updates uitgebracht.\n"
                 "TLP:CLEAR"),
    ]
    rl_build(ctx.out, blocks, size=9.5)
    return dict(
        info={"Author": "Oldenkamp-Reyes, M.", "Title": "FW: NCSC-2025-0011 Ivanti"},
        annots=[{"kind": "text", "page": 0, "rect": [500, 700, 520, 720], "T": "Jildou Wiersma",
                 "contents": "Gedaan 11/1 om 15:30, gecontroleerd door Frederik Baarspul-Nwosu (leverancier)."}],
        redact=[
            ("PERSON", "Maarten Oldenkamp-Reyes", ["Oldenkamp-Reyes", "Maarten"]),
            ("PERSON", "Jildou Wiersma", ["Wiersma", "Jildou"]), ("EMAIL", "j.wiersma@minbzk-demo.nl", ["j.wiersma@minbzk-demo.nl"]),
            ("PERSON", "Đặng Văn Hùng", ["Đặng", "Văn Hùng"]), ("EMAIL", "vanhung.dang@logius-demo.nl", ["vanhung.dang@logius-demo.nl"]),
            ("PHONE", "06 1937 5082", ["06 1937 5082"]), ("PERSON", "Frederik Baarspul-Nwosu (sticky note only)", ["Baarspul-Nwosu"]),
        ],
        keep=[("ORG", "NCSC", ["NCSC"]), ("PRODUCT", "Ivanti Connect Secure", ["Ivanti Connect Secure"]),
              ("TERM", "CVE-2025-0282", ["CVE-2025-0282"]), ("FUNCMAIL", "ciso-office@minbzk-demo.nl", ["ciso-office@minbzk-demo.nl"]),
              ("FUNCMAIL", "soc@minbzk-demo.nl", ["soc@minbzk-demo.nl"]), ("FUNCMAIL", "advisory@ncsc-demo.nl", ["advisory@ncsc-demo.nl"]),
              ("ACRONYM", "BIO", ["BIO"]), ("ACRONYM", "SOC", ["SOC"]), ("ACRONYM", "CISO", ["CISO-office BZK"]),
              ("ORG", "Mandiant", ["Mandiant"]), ("PRODUCT", "Integrity Checker Tool", ["Integrity Checker Tool"]),
              ("TERM", "ISMS", ["ISMS-tool"]), ("TERM", "TLP:CLEAR", ["TLP:CLEAR"]), ("ORG", "Logius", ["Logius"]),
              ("TITLE", "Senior adviseur informatiebeveiliging", ["Senior adviseur informatiebeveiliging"]), ("TERM", "VPN", ["VPN-toegang"])],
    )


# --------------------------------------------------------------------------------------------- bb20 (form)
@doc("bb20_formulier_toegang_gitlab_cbs.pdf", "reportlab-acroform")
def bb20(ctx):
    rl_setup()
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    W, H = A4
    c = canvas.Canvas(str(ctx.out), pagesize=A4, invariant=1)
    c.setFont("DV-B", 14); c.drawString(50, H - 60, "Aanvraagformulier toegang ontwikkelomgeving (GitLab / Azure DevOps)")
    c.setFont("DV", 9); c.drawString(50, H - 78, "Centraal Bureau voor de Statistiek — IT Servicedesk — formulier ITS-17 (versie 2024-11)")
    fields = [("naam", "Naam aanvrager", "Radu-Mihai Constantinescu"), ("email", "E-mailadres", "rm.constantinescu@cbs-demo.nl"),
              ("tel", "Telefoon", "+31 6 2284 6019"), ("afdeling", "Afdeling", "Methodologie en Kwaliteit"),
              ("functie", "Functie", "Data scientist"), ("manager", "Leidinggevende", "Ingrid Postma-Lukassen"),
              ("gebruiker", "Gewenste gebruikersnaam", "rmconstantinescu"), ("rol", "Rol", "Developer (project statline-api)")]
    y = H - 120
    for key, label, val in fields:
        c.setFont("DV", 10); c.drawString(50, y + 4, label + ":")
        c.acroForm.textfield(name=key, value=val, x=210, y=y, width=300, height=18, fontName="Helvetica", fontSize=10,
                             borderWidth=0.5, forceBorder=True)
        y -= 30
    c.setFont("DV", 9.5)
    text = c.beginText(50, y - 10)
    for ln in ["Toelichting: toegang nodig voor het migreren van de StatLine OData-API naar Kubernetes (AKS) en het",
               "onderhoud van de GitLab CI-pipelines. Multi-factor authenticatie via de Microsoft Authenticator-app is verplicht.",
               "Akkoord leidinggevende ontvangen per e-mail op 7 februari 2025.",
               "",
               "Verwerking door IT Servicedesk (servicedesk-it@cbs-demo.nl, 088 570 7070): ticket RITM0048812.",
               "Het formulier wordt bewaard conform de selectielijst van het CBS (bewaartermijn 7 jaar)."]:
        text.textLine(ln)
    c.drawText(text)
    c.setFont("DV", 8); c.drawString(50, 60, "ITS-17 · ingevuld via de webversie · pagina 1 van 1")
    c.showPage(); c.save()
    return dict(
        info={"Author": "Constantinescu, R.M.", "Title": "ITS-17 toegang GitLab"},
        redact=[("PERSON", "Radu-Mihai Constantinescu (form field)", ["Constantinescu"]),
                ("EMAIL", "rm.constantinescu@cbs-demo.nl (form field)", ["rm.constantinescu@cbs-demo.nl"]),
                ("PHONE", "+31 6 2284 6019 (form field)", ["+31 6 2284 6019"]),
                ("PERSON", "Ingrid Postma-Lukassen (form field)", ["Postma-Lukassen"]),
                ("USERNAME", "rmconstantinescu (form field)", ["rmconstantinescu"])],
        keep=[("ORG", "CBS", ["Centraal Bureau voor de Statistiek"]), ("PRODUCT", "GitLab", ["GitLab"]),
              ("PRODUCT", "Azure DevOps", ["Azure DevOps"]), ("PRODUCT", "Kubernetes", ["Kubernetes"]), ("PRODUCT", "StatLine", ["StatLine"]),
              ("PRODUCT", "Microsoft Authenticator", ["Microsoft Authenticator-app"]),
              ("FUNCMAIL", "servicedesk-it@cbs-demo.nl", ["servicedesk-it@cbs-demo.nl"]), ("SERVICENR", "088 570 7070", ["088 570 7070"]),
              ("ID", "RITM0048812", ["RITM0048812"]), ("TERM", "Gewenste gebruikersnaam", ["Gewenste gebruikersnaam"]),
              ("TERM", "Leidinggevende", ["Leidinggevende"])],
    )
